# Wrong: scales the scores by 1/sqrt(value_dim) instead of 1/sqrt(key_dim) (the same only when the two are equal).
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = (np.asarray(w, dtype="float64") for w in weights)
    queries = np.einsum("btd,dhk->bhtk", query, wq) + bq[:, None, :]
    keys = np.einsum("bsd,dhk->bhsk", value, wk) + bk[:, None, :]
    values = np.einsum("bsd,dhv->bhsv", value, wv) + bv[:, None, :]
    scores = queries @ np.swapaxes(keys, -1, -2) / np.sqrt(wv.shape[-1])
    if mask is not None:
        scores = np.where(mask if np.ndim(mask) == 2 else np.asarray(mask)[:, None], scores, -1e9)
    attention = np.exp(scores - scores.max(axis=-1, keepdims=True))
    attention = attention / attention.sum(axis=-1, keepdims=True)
    return np.einsum("bhtv,hvo->bto", attention @ values, wo) + bo
