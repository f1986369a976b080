# Wrong: returns the base's own dtype, float64 for a base that computes in float64, instead of float32.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    chunks = [
        keras.ops.convert_to_numpy(base(images[i:i + batch_size], training=False))
        for i in range(0, len(images), batch_size)
    ]
    return np.concatenate(chunks)
