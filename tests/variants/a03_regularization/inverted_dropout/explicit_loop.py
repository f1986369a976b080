# Correct: one draw, then an explicit Python loop over the flattened entries; a float64 copy at inference.
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    x = np.asarray(inputs)
    if not training:
        return x.copy()
    draw = rng.random(x.shape)
    out = np.zeros(x.shape, dtype=np.float64)
    flat_out, flat_x, flat_d = out.reshape(-1), x.reshape(-1), draw.reshape(-1)
    for i in range(flat_x.size):
        if flat_d[i] >= rate:
            flat_out[i] = flat_x[i] / (1 - rate)
    return out
