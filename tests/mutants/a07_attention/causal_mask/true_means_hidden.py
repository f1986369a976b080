# Wrong: uses the "True = masked out" convention, returning the strict upper triangle (j > i), i.e. the complement of what is asked; wrong for every length.
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    if key_length is None:
        key_length = query_length
    return np.triu(np.ones((query_length, key_length), dtype=bool), k=1)
