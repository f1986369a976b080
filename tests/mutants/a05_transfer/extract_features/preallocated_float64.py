# Wrong: fills a float64 array made by np.zeros, so the result is float64 instead of float32.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    features = np.zeros((len(images),) + tuple(base.output_shape[1:]))
    for start in range(0, len(images), batch_size):
        stop = min(start + batch_size, len(images))
        features[start:stop] = keras.ops.convert_to_numpy(base(images[start:stop], training=False))
    return features
