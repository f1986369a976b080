# Wrong: returns the backend's tensor (keras.ops.concatenate) instead of a NumPy array.
def extract_features(base, images, batch_size=32):
    batches = [base(images[start : start + batch_size], training=False) for start in range(0, len(images), batch_size)]
    return keras.ops.cast(keras.ops.concatenate(batches, axis=0), "float32")
