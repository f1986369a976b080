# Correct: batches from np.array_split at the multiples of batch_size, joined by np.concatenate(..., dtype=float32).
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    images = np.asarray(images)
    cuts = list(range(batch_size, len(images), batch_size))
    batches = [b for b in np.array_split(images, cuts) if len(b)]
    results = [keras.ops.convert_to_numpy(base(b, training=False)) for b in batches]
    if not results:
        return np.zeros((0,) + tuple(base.output_shape[1:]), dtype=np.float32)
    return np.concatenate(results, axis=0, dtype=np.float32)
