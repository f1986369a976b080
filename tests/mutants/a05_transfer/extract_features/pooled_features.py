# Wrong: averages the feature maps over their positions, which the task did not ask for.
def extract_features(base, images, batch_size=32):
    outputs = []
    for start in range(0, len(images), batch_size):
        batch = images[start : start + batch_size]
        features = keras.ops.convert_to_numpy(base(batch, training=False))
        outputs.append(features.mean(axis=tuple(range(1, features.ndim - 1))))
    return np.concatenate(outputs).astype("float32")
