# Correct: Keras's own construction (row and column indices by cumulative sums), without its batch axis.
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    key_length = query_length if key_length is None else key_length
    ones = np.ones((query_length, key_length), dtype="int32")
    row_index = np.cumsum(ones, axis=-2)
    column_index = np.cumsum(ones, axis=-1)
    return np.greater_equal(row_index, column_index)
