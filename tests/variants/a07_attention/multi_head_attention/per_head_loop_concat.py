# Correct: a loop over heads with plain 2-D-per-batch matmuls and its own inline softmax, heads concatenated on the last axis, then wo reshaped to (h * v, d_out).
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = (np.asarray(w, dtype=float) for w in weights)
    query = np.asarray(query, dtype=float)
    value = np.asarray(value, dtype=float)
    h, k = bq.shape
    v = bv.shape[1]
    m = None if mask is None else np.asarray(mask, dtype=bool)
    heads = []
    for i in range(h):
        Q = query @ wq[:, i, :] + bq[i]  # (b, tq, k)
        K = value @ wk[:, i, :] + bk[i]  # (b, tk, k)
        V = value @ wv[:, i, :] + bv[i]  # (b, tk, v)
        s = Q @ K.transpose(0, 2, 1) / np.sqrt(k)
        if m is not None:
            s = np.where(m, s, -1e9)  # (b, tq, tk) or (tq, tk) both broadcast here
        s = np.exp(s - s.max(axis=-1, keepdims=True))
        s /= s.sum(axis=-1, keepdims=True)
        heads.append(s @ V)
    concat = np.concatenate(heads, axis=-1)  # (b, tq, h * v), head-major
    return concat @ wo.reshape(h * v, -1) + bo
