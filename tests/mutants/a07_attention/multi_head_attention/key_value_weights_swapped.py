# Wrong: unpacks the weights as (wq, bq, wv, bv, wk, bk, wo, bo), swapping the key and value projections; runs whenever key_dim == value_dim and is then silently wrong.
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wv, bv, wk, bk, wo, bo = weights
    Q = np.einsum("btd,dhk->bhtk", query, wq) + bq[None, :, None, :]
    K = np.einsum("btd,dhk->bhtk", value, wk) + bk[None, :, None, :]
    V = np.einsum("btd,dhk->bhtk", value, wv) + bv[None, :, None, :]
    if mask is not None and mask.ndim == 3:
        mask = mask[:, None]
    O, _ = scaled_dot_product_attention(Q, K, V, mask)
    return np.einsum("bhtv,hvo->bto", O, wo) + bo
