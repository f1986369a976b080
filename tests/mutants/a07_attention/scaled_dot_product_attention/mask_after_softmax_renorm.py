# Wrong: masks after the softmax (weights * mask, then renormalises): equal in exact arithmetic, but when a forbidden key has a much larger score the allowed weights underflow to 0 and 0/0 gives nan with a RuntimeWarning, e.g. a masked key with score ~1000.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(query.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = e / e.sum(axis=-1, keepdims=True)
    if mask is not None:
        weights = weights * mask
        weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ value, weights
