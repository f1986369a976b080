# Correct: keeps the batches as tensors, joins them with keras.ops.concatenate, then converts once to float32 NumPy.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    batches = [base(images[start : start + batch_size], training=False) for start in range(0, len(images), batch_size)]
    features = keras.ops.concatenate(batches, axis=0)
    return np.asarray(keras.ops.convert_to_numpy(features), dtype="float32")
