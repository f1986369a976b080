# Wrong: changes the default batch size from 32 to 64.
def extract_features(base, images, batch_size=64):
    outputs = []
    for start in range(0, len(images), batch_size):
        batch = images[start : start + batch_size]
        outputs.append(keras.ops.convert_to_numpy(base(batch, training=False)))
    return np.concatenate(outputs).astype("float32")
