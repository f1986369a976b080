# Wrong: fills an output array made with np.empty_like(value), whose dtype follows the input: integer values truncate the outputs.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    scores = np.einsum("...qd,...kd->...qk", query, key) / np.sqrt(np.shape(query)[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    output = np.empty_like(value, shape=(*weights.shape[:-1], np.shape(value)[-1]))
    output[...] = weights @ value
    return output, weights
