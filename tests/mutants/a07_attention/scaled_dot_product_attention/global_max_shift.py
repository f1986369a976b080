# Wrong: shifts by the global maximum (scores.max()) instead of each row's; rows far below the global max underflow to 0/0 = nan with a RuntimeWarning, e.g. queries [[400, 400], [-400, -400]] against keys near [1, 1].
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(query.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    e = np.exp(scores - np.max(scores))
    weights = e / np.sum(e, axis=-1, keepdims=True)
    return weights @ value, weights
