# Correct: np.tril of a boolean block of ones, which keeps the dtype bool.
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    if key_length is None:
        key_length = query_length
    return np.tril(np.ones((query_length, key_length), dtype=bool))
