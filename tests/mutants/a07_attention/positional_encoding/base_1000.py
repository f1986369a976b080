# Wrong: base 1000 instead of 10000 in the frequencies.
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    positions = np.arange(length)[:, None]
    columns = np.arange(depth)[None, :]
    angles = positions / np.power(1000.0, 2 * (columns // 2) / depth)
    return np.where(columns % 2 == 0, np.sin(angles), np.cos(angles))
