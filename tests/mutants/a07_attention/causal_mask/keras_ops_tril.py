# Wrong: builds the mask with keras.ops.tril and returns the backend tensor: forbidden by "Use NumPy only" and not a NumPy array.
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    if key_length is None:
        key_length = query_length
    return keras.ops.cast(keras.ops.tril(keras.ops.ones((query_length, key_length))), "bool")
