# Correct: float32 throughout (as Keras), einsum, the query pre-scaled (on a copy) and the mask applied Keras-style as an additive (1 - mask) * -1e9.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    q = np.asarray(query, dtype=np.float32)
    k = np.asarray(key, dtype=np.float32)
    v = np.asarray(value, dtype=np.float32)
    q = q / np.sqrt(np.float32(q.shape[-1]))
    scores = np.einsum("...id,...jd->...ij", q, k)
    if mask is not None:
        scores = scores + (1.0 - np.asarray(mask, dtype=np.float32)) * np.float32(-1e9)
    scores = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(scores)
    weights = e / e.sum(axis=-1, keepdims=True)
    return np.einsum("...ij,...jv->...iv", weights, v), weights
