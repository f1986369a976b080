# Wrong: fills an array made by np.zeros_like of the integer positions, so every value is truncated to an integer.
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    positions = np.arange(length)[:, None]
    encoding = np.zeros_like(positions, shape=(length, depth))
    columns = np.arange(depth)
    angles = positions / np.power(10000.0, 2 * (columns // 2) / depth)
    encoding[:, 0::2] = np.sin(angles[:, 0::2])
    encoding[:, 1::2] = np.cos(angles[:, 1::2])
    return encoding
