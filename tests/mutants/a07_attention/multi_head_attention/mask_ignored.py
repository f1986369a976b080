# Wrong: never passes the mask on to the attention.
def multi_head_attention(query, value, weights, mask=None):
    wq, bq, wk, bk, wv, bv, wo, bo = (np.asarray(w, dtype="float64") for w in weights)
    queries = np.einsum("btd,dhk->bhtk", query, wq) + bq[:, None, :]
    keys = np.einsum("bsd,dhk->bhsk", value, wk) + bk[:, None, :]
    values = np.einsum("bsd,dhv->bhsv", value, wv) + bv[:, None, :]
    out, _ = scaled_dot_product_attention(queries, keys, values)
    return np.einsum("bhtv,hvo->bto", out, wo) + bo
