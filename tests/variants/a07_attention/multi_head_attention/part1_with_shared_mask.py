# Correct: calls part 1 once on (batch, heads, t, width) arrays in float32, a (tq, tk) mask passed as it is and a (batch, tq, tk) one given a head axis by reshape.
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = weights
    batch, tq, _ = query.shape
    tk = value.shape[1]
    queries = np.einsum("btd,dhk->bhtk", query, wq) + bq[None, :, None, :]
    keys = np.einsum("btd,dhk->bhtk", value, wk) + bk[None, :, None, :]
    values = np.einsum("btd,dhv->bhtv", value, wv) + bv[None, :, None, :]
    if mask is not None and np.ndim(mask) == 3:
        mask = np.reshape(mask, (batch, 1, tq, tk))
    heads, _ = scaled_dot_product_attention(queries, keys, values, mask)
    concatenated = np.transpose(heads, (0, 2, 1, 3)).reshape(batch, tq, -1)  # (batch, tq, heads * v)
    return concatenated @ wo.reshape(-1, wo.shape[-1]) + bo
