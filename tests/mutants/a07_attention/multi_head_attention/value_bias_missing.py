# Wrong: forgets the value-projection bias bv; wrong for any nonzero bv (note: since each weights row sums to 1, this equals dropping sum_h bv_h W^O_h from the output).
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = weights
    Q = np.einsum("btd,dhk->bhtk", query, wq) + bq[None, :, None, :]
    K = np.einsum("btd,dhk->bhtk", value, wk) + bk[None, :, None, :]
    V = np.einsum("btd,dhv->bhtv", value, wv)
    if mask is not None and mask.ndim == 3:
        mask = mask[:, None]
    O, _ = scaled_dot_product_attention(Q, K, V, mask)
    return np.einsum("bhtv,hvo->bto", O, wo) + bo
