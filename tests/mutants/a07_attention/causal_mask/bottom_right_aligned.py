# Wrong: aligns the triangle to the bottom-right (j <= i + key_length - query_length, the KV-cache/flash-attention convention) instead of Keras's j <= i; wrong whenever the lengths differ, e.g. causal_mask(3, 5).
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    if key_length is None:
        key_length = query_length
    return np.tril(np.ones((query_length, key_length), dtype=bool), k=key_length - query_length)
