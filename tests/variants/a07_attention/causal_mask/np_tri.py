# Correct: a single np.tri call with dtype=bool (N rows, M columns, ones on and below the diagonal).
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    return np.tri(query_length, query_length if key_length is None else key_length, dtype=bool)
