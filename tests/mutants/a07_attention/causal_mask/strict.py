# Wrong: off by one; a query may not attend to its own position (diagonal excluded).
def causal_mask(query_length, key_length=None):
    key_length = query_length if key_length is None else key_length
    return np.arange(query_length)[:, None] > np.arange(key_length)[None, :]
