# Wrong: reads True in the mask as "hide this key" instead of "may attend".
def scaled_dot_product_attention(query, key, value, mask=None):
    query, key, value = (np.asarray(array, dtype="float64") for array in (query, key, value))
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(query.shape[-1])
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), -1e9, scores)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ value, weights
