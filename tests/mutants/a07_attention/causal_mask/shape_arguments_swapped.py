# Wrong: passes the shape as (key_length, query_length) to np.tril; identical for square masks, but wrong shape and pattern when the lengths differ, e.g. causal_mask(3, 5).
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    if key_length is None:
        key_length = query_length
    return np.tril(np.ones((key_length, query_length), dtype=bool))
