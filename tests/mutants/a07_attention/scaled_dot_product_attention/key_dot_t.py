# Wrong: transposes the key with `.T`, which reverses every axis, batch included, not just the last two.
def scaled_dot_product_attention(query, key, value, mask=None):
    query, key, value = (np.asarray(array, dtype="float64") for array in (query, key, value))
    scores = query @ key.T / np.sqrt(query.shape[-1])
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -1e9)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ value, weights
