# Correct: the chapter's version, computed in float64 and cast to float32 at the end.
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    positions = np.arange(length)[:, None]
    columns = np.arange(depth)[None, :]
    angles = positions / np.power(10000.0, 2 * (columns // 2) / depth)  # pairs share a frequency
    return np.where(columns % 2 == 0, np.sin(angles), np.cos(angles)).astype("float32")
