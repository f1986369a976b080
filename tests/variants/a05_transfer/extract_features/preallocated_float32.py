# Correct: fills a preallocated float32 array slice by slice in a while loop.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    n = len(images)
    features = np.empty((n,) + tuple(base.output_shape[1:]), dtype=np.float32)
    start = 0
    while start < n:
        stop = min(start + batch_size, n)
        out = base(images[start:stop], training=False)
        features[start:stop] = keras.ops.convert_to_numpy(out)
        start = stop
    return features
