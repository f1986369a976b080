# Wrong: takes d from value.shape[-1] (dv) instead of the query/key depth; right only when dv == d, wrong e.g. for d = 4, dv = 6.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    d = value.shape[-1]
    scores = np.einsum("...qd,...kd->...qk", query, key) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return np.einsum("...qk,...kv->...qv", weights, value), weights
