# Correct: float32 results for every input, -inf for the forbidden pairs, the row maximum taken over allowed keys only.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    query, key, value = (np.asarray(array).astype(np.float32) for array in (query, key, value))
    scores = np.einsum("...qd,...kd->...qk", query, key) / np.float32(np.sqrt(query.shape[-1]))
    if mask is not None:
        scores = np.where(mask, scores, np.float32(-np.inf))
    shifted = scores - np.max(scores, axis=-1, keepdims=True)
    weights = np.exp(shifted)
    weights = weights / np.sum(weights, axis=-1, keepdims=True)
    return np.einsum("...qk,...kv->...qv", weights, value), weights
