# Wrong: only full batches, so the last len(images) % batch_size images get no features.
def extract_features(base, images, batch_size=32):
    outputs = []
    for start in range(0, len(images) - batch_size + 1, batch_size):
        batch = images[start : start + batch_size]
        outputs.append(keras.ops.convert_to_numpy(base(batch, training=False)))
    return np.concatenate(outputs).astype("float32")
