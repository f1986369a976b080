# Correct: weights = exp(scores - logsumexp(scores)) with a hand-written stable logsumexp, np.matmul with swapaxes, accepts nested lists.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    query, key, value = (np.asarray(a, dtype=np.float64) for a in (query, key, value))
    scores = np.matmul(query, np.swapaxes(key, -1, -2)) * (1.0 / np.sqrt(query.shape[-1]))
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -1e9)
    m = np.max(scores, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(scores - m), axis=-1, keepdims=True))
    weights = np.exp(scores - lse)
    return np.matmul(weights, value), weights
