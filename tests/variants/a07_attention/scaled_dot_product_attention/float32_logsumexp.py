# Correct: float32 throughout, the weights as exp(scores - logsumexp(scores)), masked pairs at -inf.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    query, key, value = (np.asarray(array, dtype=np.float32) for array in (query, key, value))
    scores = np.matmul(query / np.float32(np.sqrt(query.shape[-1])), np.swapaxes(key, -1, -2))
    if mask is not None:
        scores = np.where(mask, scores, np.float32(-np.inf))
    largest = np.max(scores, axis=-1, keepdims=True)
    log_sum = largest + np.log(np.sum(np.exp(scores - largest), axis=-1, keepdims=True))
    weights = np.exp(scores - log_sum)
    return np.matmul(weights, value), weights
