# Correct: np.subtract.outer of the query and key positions, True where i - j >= 0.
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    key_length = query_length if key_length is None else key_length
    return np.subtract.outer(np.arange(query_length), np.arange(key_length)) >= 0
