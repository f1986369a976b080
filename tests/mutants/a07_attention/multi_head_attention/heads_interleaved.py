# Wrong: concatenates the heads' outputs as (v, heads) instead of (heads, v) before the output kernel.
def multi_head_attention(query, value, weights, mask=None):
    wq, bq, wk, bk, wv, bv, wo, bo = (np.asarray(w, dtype="float64") for w in weights)
    queries = np.einsum("btd,dhk->bhtk", query, wq) + bq[:, None, :]
    keys = np.einsum("bsd,dhk->bhsk", value, wk) + bk[:, None, :]
    values = np.einsum("bsd,dhv->bhsv", value, wv) + bv[:, None, :]
    if mask is not None:
        mask = np.expand_dims(np.asarray(mask, dtype=bool), axis=-3)
    out, _ = scaled_dot_product_attention(queries, keys, values, mask)
    batch, heads, tq, value_dim = out.shape
    merged = out.transpose(0, 2, 3, 1).reshape(batch, tq, value_dim * heads)
    return merged @ wo.reshape(heads * value_dim, -1) + bo
