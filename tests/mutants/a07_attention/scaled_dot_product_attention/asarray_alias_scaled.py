# Wrong: np.asarray returns the caller's float64 array itself, and `/=` then scales the caller's query in place.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    query = np.asarray(query, dtype="float64")
    query /= np.sqrt(query.shape[-1])
    scores = query @ np.swapaxes(np.asarray(key, dtype="float64"), -1, -2)
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ value, weights
