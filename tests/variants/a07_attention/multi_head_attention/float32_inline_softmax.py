# Correct: float32 throughout with its own attention inline (no call to part 1), heads split by reshape and transpose.
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = (np.asarray(w, dtype=np.float32) for w in weights)
    query, value = np.asarray(query, dtype=np.float32), np.asarray(value, dtype=np.float32)
    d_model, heads, key_dim = wq.shape
    value_dim = wv.shape[-1]

    def split_heads(x, kernel, bias, width):
        # (batch, t, d_model) -> (batch, heads, t, width)
        projected = x @ kernel.reshape(d_model, heads * width) + bias.reshape(-1)
        return projected.reshape(x.shape[0], x.shape[1], heads, width).transpose(0, 2, 1, 3)

    queries = split_heads(query, wq, bq, key_dim)
    keys = split_heads(value, wk, bk, key_dim)
    values = split_heads(value, wv, bv, value_dim)
    scores = queries @ keys.transpose(0, 1, 3, 2) / np.float32(np.sqrt(key_dim))
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        scores = np.where(mask[:, None] if mask.ndim == 3 else mask, scores, np.float32(-1e9))
    scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
    attention = scores / scores.sum(axis=-1, keepdims=True)
    heads_output = (attention @ values).transpose(0, 2, 1, 3).reshape(query.shape[0], query.shape[1], heads * value_dim)
    return heads_output @ wo.reshape(heads * value_dim, -1) + bo
