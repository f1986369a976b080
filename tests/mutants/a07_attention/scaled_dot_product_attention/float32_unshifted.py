# Wrong: float32 throughout and no shift at all: exp overflows to inf (and inf / inf = nan) once a score passes 88.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    query, key, value = (np.asarray(array, dtype="float32") for array in (query, key, value))
    scores = query @ np.swapaxes(key, -1, -2) / np.float32(np.sqrt(query.shape[-1]))
    if mask is not None:
        scores = np.where(mask, scores, np.float32(-1e9))
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ value, weights
