# Correct: float32 throughout, np.tensordot projections moved to head-major with transpose, calling part 1, output by tensordot over (h, v).
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = (np.asarray(w, dtype=np.float32) for w in weights)
    q = np.asarray(query, dtype=np.float32)
    x = np.asarray(value, dtype=np.float32)
    Q = (np.tensordot(q, wq, axes=1) + bq).transpose(0, 2, 1, 3)  # (b, h, tq, k)
    K = (np.tensordot(x, wk, axes=1) + bk).transpose(0, 2, 1, 3)
    V = (np.tensordot(x, wv, axes=1) + bv).transpose(0, 2, 1, 3)
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        if mask.ndim == 3:
            mask = mask[:, None, :, :]
    O, _ = scaled_dot_product_attention(Q, K, V, mask)
    O = np.asarray(O, dtype=np.float32)
    return np.tensordot(O.transpose(0, 2, 1, 3), wo, axes=2) + bo
