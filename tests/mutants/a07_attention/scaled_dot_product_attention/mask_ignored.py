# Wrong: accepts a mask but never applies it.
def scaled_dot_product_attention(query, key, value, mask=None):
    query, key, value = (np.asarray(array, dtype="float64") for array in (query, key, value))
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(query.shape[-1])
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ value, weights
