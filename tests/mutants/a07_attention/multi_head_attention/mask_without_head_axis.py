# Wrong: passes a (batch, tq, tk) mask to the (batch, h, tq, tk) scores without inserting a head axis, so it broadcasts batch against heads: raises when batch != h and both are > 1, and is silently wrong when batch == h >= 2 or when h == 1 < batch.
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = weights
    Q = np.einsum("btd,dhk->bhtk", query, wq) + bq[None, :, None, :]
    K = np.einsum("btd,dhk->bhtk", value, wk) + bk[None, :, None, :]
    V = np.einsum("btd,dhk->bhtk", value, wv) + bv[None, :, None, :]
    O, _ = scaled_dot_product_attention(Q, K, V, mask)
    return np.einsum("bhtv,hvo->bto", O, wo) + bo
