# Wrong: applies np.exp to the raw scores without subtracting the row maximum: overflow (RuntimeWarning, inf/inf = nan) once a score exceeds ~709, e.g. query and key entries of size ~30 with d = 4.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    d_k = key.shape[-1]
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(d_k)
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    weights = np.exp(scores) / np.exp(scores).sum(axis=-1, keepdims=True)
    output = weights @ value
    return output, weights
