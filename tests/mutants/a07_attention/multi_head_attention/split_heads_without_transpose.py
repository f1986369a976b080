# Wrong: reshapes the projected (batch, t, heads * k) straight to (batch, heads, t, k), mixing positions and heads.
def multi_head_attention(query, value, weights, mask=None):
    wq, bq, wk, bk, wv, bv, wo, bo = (np.asarray(w, dtype="float64") for w in weights)
    d_model, heads, key_dim = wq.shape
    value_dim = wv.shape[-1]
    batch, tq, tk = np.shape(query)[0], np.shape(query)[1], np.shape(value)[1]
    queries = (np.asarray(query) @ wq.reshape(d_model, -1) + bq.reshape(-1)).reshape(batch, heads, tq, key_dim)
    keys = (np.asarray(value) @ wk.reshape(d_model, -1) + bk.reshape(-1)).reshape(batch, heads, tk, key_dim)
    values = (np.asarray(value) @ wv.reshape(d_model, -1) + bv.reshape(-1)).reshape(batch, heads, tk, value_dim)
    if mask is not None:
        mask = np.expand_dims(np.asarray(mask, dtype=bool), axis=-3)
    out, _ = scaled_dot_product_attention(queries, keys, values, mask)
    return out.transpose(0, 2, 1, 3).reshape(batch, tq, heads * value_dim) @ wo.reshape(heads * value_dim, -1) + bo
