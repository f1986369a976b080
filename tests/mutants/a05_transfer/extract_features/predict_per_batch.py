# Wrong: calls base.predict on each batch instead of calling the base itself.
def extract_features(base, images, batch_size=32):
    outputs = []
    for start in range(0, len(images), batch_size):
        outputs.append(base.predict(images[start : start + batch_size], verbose=0))
    return np.concatenate(outputs).astype("float32")
