# Correct: everything in float32, the angles too (their error grows with the position, within the tolerance).
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    positions = np.arange(length, dtype=np.float32)[:, None]
    exponents = (2 * (np.arange(depth) // 2)).astype(np.float32) / np.float32(depth)
    angles = positions / np.power(np.float32(10000.0), exponents)
    encoding = np.empty((length, depth), dtype=np.float32)
    encoding[:, 0::2] = np.sin(angles[:, 0::2])
    encoding[:, 1::2] = np.cos(angles[:, 1::2])
    return encoding
