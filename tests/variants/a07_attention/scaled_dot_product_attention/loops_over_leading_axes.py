# Correct: broadcast everything to common leading axes, then loop with np.ndindex over them doing plain 2-D attention (float64).
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    q = np.asarray(query, dtype=float)
    k = np.asarray(key, dtype=float)
    v = np.asarray(value, dtype=float)
    tq, d = q.shape[-2:]
    tk, dv = v.shape[-2:]
    lead = np.broadcast_shapes(q.shape[:-2], k.shape[:-2], v.shape[:-2])
    if mask is not None:
        m = np.asarray(mask, dtype=bool)
        lead = np.broadcast_shapes(lead, m.shape[:-2]) if m.ndim > 2 else lead
        m = np.broadcast_to(m, lead + (tq, tk))
    q = np.broadcast_to(q, lead + (tq, d))
    k = np.broadcast_to(k, lead + (tk, d))
    v = np.broadcast_to(v, lead + (tk, dv))
    out = np.empty(lead + (tq, dv))
    w = np.empty(lead + (tq, tk))
    for idx in np.ndindex(*lead):
        s = q[idx] @ k[idx].T / np.sqrt(d)
        if mask is not None:
            s = np.where(m[idx], s, -1e9)
        for i in range(tq):
            row = np.exp(s[i] - s[i].max())
            w[idx + (i,)] = row / row.sum()
        out[idx] = w[idx] @ v[idx]
    return out, w
