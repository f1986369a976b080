# Wrong: returns a float array of ones and zeros instead of a boolean one.
def causal_mask(query_length, key_length=None):
    key_length = query_length if key_length is None else key_length
    return np.tril(np.ones((query_length, key_length)))
