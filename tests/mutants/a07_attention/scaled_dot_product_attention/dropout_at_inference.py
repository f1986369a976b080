# Wrong: applies attention dropout (rate 0.1, from NumPy's global generator), which draws random numbers and changes the weights.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    query, key, value = (np.asarray(array, dtype="float64") for array in (query, key, value))
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(query.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    weights = weights * (np.random.random(weights.shape) >= 0.1) / 0.9
    return weights @ value, weights
