# Correct: angles computed in float64 then the result cast to float32 (as the TF tutorial's tf.cast(..., tf.float32)), angle rates via exp(-log(10000) * 2i / depth).
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    pos = np.arange(length, dtype=np.float64)[:, None]
    two_i = 2 * (np.arange(depth) // 2)
    angles = pos * np.exp(-np.log(10000.0) * two_i / depth)[None, :]
    pe = np.empty((length, depth), dtype=np.float64)
    pe[:, 0::2] = np.sin(angles[:, 0::2])
    pe[:, 1::2] = np.cos(angles[:, 1::2])
    return pe.astype(np.float32)
