# Wrong: normalises the weights over the queries axis instead of the keys axis.
def scaled_dot_product_attention(query, key, value, mask=None):
    query, key, value = (np.asarray(array, dtype="float64") for array in (query, key, value))
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(query.shape[-1])
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -1e9)
    weights = np.exp(scores - scores.max(axis=-2, keepdims=True))
    weights = weights / weights.sum(axis=-2, keepdims=True)
    return weights @ value, weights
