# Wrong: builds the mask but forgets to `return` it.
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    key_length = query_length if key_length is None else key_length
    mask = np.arange(query_length)[:, None] >= np.arange(key_length)[None, :]
