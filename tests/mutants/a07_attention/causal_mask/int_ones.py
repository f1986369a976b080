# Wrong: returns 0/1 integers (np.tri's default int dtype asked for explicitly) instead of booleans.
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    return np.tri(query_length, key_length, dtype=int)
