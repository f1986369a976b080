# Correct: explicit double loop filling a boolean array entry by entry.
def causal_mask(query_length, key_length=None):
    """Return the boolean (query_length, key_length) mask with True where key j <= query i."""
    if key_length is None:
        key_length = query_length
    mask = np.zeros((query_length, key_length), dtype=bool)
    for i in range(query_length):
        for j in range(key_length):
            mask[i, j] = j <= i
    return mask
