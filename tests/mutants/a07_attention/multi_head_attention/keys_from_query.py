# Wrong: computes the keys from `query` (self-attention habit) instead of from `value`; right when query is value, wrong (or a shape error) for cross-attention, e.g. tq = 3, tk = 5.
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = weights
    Q = np.einsum("btd,dhk->bhtk", query, wq) + bq[None, :, None, :]
    K = np.einsum("btd,dhk->bhtk", query, wk) + bk[None, :, None, :]
    V = np.einsum("btd,dhk->bhtk", value, wv) + bv[None, :, None, :]
    if mask is not None and mask.ndim == 3:
        mask = mask[:, np.newaxis]
    O, _ = scaled_dot_product_attention(Q, K, V, mask)
    return np.einsum("bhtv,hvo->bto", O, wo) + bo
