# Wrong: masks with scores[~mask] = -1e9, which only works when the mask has exactly the scores' shape; raises IndexError for the broadcastable shapes the task allows, e.g. a (batch, 1, tk) or (tq, tk) mask with batched scores.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(query.shape[-1])
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        scores[~mask] = -1e9
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ value, weights
