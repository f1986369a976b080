# Wrong: drops the four bias vectors.
def multi_head_attention(query, value, weights, mask=None):
    wq, _, wk, _, wv, _, wo, _ = (np.asarray(w, dtype="float64") for w in weights)
    queries = np.einsum("btd,dhk->bhtk", query, wq)
    keys = np.einsum("bsd,dhk->bhsk", value, wk)
    values = np.einsum("bsd,dhv->bhsv", value, wv)
    if mask is not None:
        mask = np.expand_dims(np.asarray(mask, dtype=bool), axis=-3)
    out, _ = scaled_dot_product_attention(queries, keys, values, mask)
    return np.einsum("bhtv,hvo->bto", out, wo)
