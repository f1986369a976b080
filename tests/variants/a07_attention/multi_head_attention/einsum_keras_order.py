# Correct: Keras's own order of operations in einsum (query pre-scaled by 1/sqrt(k), scores "aecd,abcd->acbe", additive -1e9 mask), no call to part 1.
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = (np.asarray(w, dtype=np.float64) for w in weights)
    query = np.asarray(query, dtype=np.float64)
    value = np.asarray(value, dtype=np.float64)
    q = np.einsum("abc,cde->abde", query, wq) + bq  # (b, tq, h, k)
    k = np.einsum("abc,cde->abde", value, wk) + bk  # (b, tk, h, k)
    v = np.einsum("abc,cde->abde", value, wv) + bv  # (b, tk, h, v)
    q = q / np.sqrt(wq.shape[-1])
    scores = np.einsum("aecd,abcd->acbe", k, q)  # (b, h, tq, tk)
    if mask is not None:
        m = np.asarray(mask, dtype=bool)
        m = m[:, None] if m.ndim == 3 else m[None, None]
        scores = scores + (1.0 - m) * -1e9
    scores = scores - scores.max(axis=-1, keepdims=True)
    p = np.exp(scores)
    p = p / p.sum(axis=-1, keepdims=True)
    ctx = np.einsum("acbe,aecd->abcd", p, v)  # (b, tq, h, v)
    return np.einsum("abcd,cde->abe", ctx, wo) + bo
