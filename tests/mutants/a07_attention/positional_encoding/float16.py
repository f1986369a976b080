# Wrong: returns float16, whose rounding (up to 5e-4 near 1) is beyond the tolerance, and which the contract does not allow.
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    positions = np.arange(length)[:, None]
    columns = np.arange(depth)[None, :]
    angles = positions / np.power(10000.0, 2 * (columns // 2) / depth)
    return np.where(columns % 2 == 0, np.sin(angles), np.cos(angles)).astype("float16")
