# Wrong: assigns pe[:, 1::2] = np.cos(angles) with ceil(depth/2) angle columns, which raises a broadcast ValueError for odd depth, e.g. positional_encoding(7, 5); right for even depth.
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    pos = np.arange(length)[:, np.newaxis]
    two_i = np.arange(0, depth, 2)[np.newaxis, :]
    angles = pos / np.power(10000, two_i / depth)
    pe = np.zeros((length, depth))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
