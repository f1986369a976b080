# Wrong: adds the output bias inside the sum over heads (sum_h (O_h W_h + b_o)), i.e. h times; wrong for any h >= 2 with a nonzero bo.
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    wq, bq, wk, bk, wv, bv, wo, bo = weights
    if mask is not None and mask.ndim == 3:
        mask = mask[:, None]
    num_heads = wq.shape[1]
    out = 0
    for i in range(num_heads):
        Q = query @ wq[:, i, :] + bq[i]
        K = value @ wk[:, i, :] + bk[i]
        V = value @ wv[:, i, :] + bv[i]
        m = None if mask is None else mask[..., 0, :, :] if mask.ndim == 4 else mask
        O, _ = scaled_dot_product_attention(Q, K, V, m)
        out = out + O @ wo[i] + bo
    return out
