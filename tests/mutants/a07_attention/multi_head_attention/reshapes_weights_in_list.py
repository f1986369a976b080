# Wrong: stores the reshaped output kernel back into the caller's `weights` list (weights[6] = ...): the first result is right but the list is changed (a later call, or layer.set_weights(weights), breaks).
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    h, v = weights[5].shape
    weights[6] = weights[6].reshape(h * v, -1)
    wq, bq, wk, bk, wv, bv, wo, bo = weights
    Q = np.einsum("btd,dhk->bhtk", query, wq) + bq[None, :, None, :]
    K = np.einsum("btd,dhk->bhtk", value, wk) + bk[None, :, None, :]
    V = np.einsum("btd,dhk->bhtk", value, wv) + bv[None, :, None, :]
    if mask is not None and mask.ndim == 3:
        mask = mask[:, None]
    O, _ = scaled_dot_product_attention(Q, K, V, mask)
    b, _, tq, _ = O.shape
    return O.transpose(0, 2, 1, 3).reshape(b, tq, h * v) @ wo + bo
