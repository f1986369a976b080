# Wrong: always square, ignoring key_length.
def causal_mask(query_length, key_length=None):
    return np.tril(np.ones((query_length, query_length), dtype=bool))
