# Wrong: calls the base in training mode, so Dropout drops and BatchNorm uses batch statistics.
def extract_features(base, images, batch_size=32):
    outputs = []
    for start in range(0, len(images), batch_size):
        batch = images[start : start + batch_size]
        outputs.append(keras.ops.convert_to_numpy(base(batch, training=True)))
    return np.concatenate(outputs).astype("float32")
