# Wrong: copies Keras's internal _compute_causal_mask and keeps its leading batch axis, returning shape (1, query_length, key_length) instead of (query_length, key_length).
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    if key_length is None:
        key_length = query_length
    ones = np.ones((1, query_length, key_length), dtype="int32")
    row_index = np.cumsum(ones, axis=-2)
    col_index = np.cumsum(ones, axis=-1)
    return row_index >= col_index
