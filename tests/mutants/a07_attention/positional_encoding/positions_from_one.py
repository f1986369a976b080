# Wrong: numbers the positions 1..length instead of 0..length-1; wrong for any input (row 0 should be sin 0 = 0, cos 0 = 1).
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    pos = np.arange(1, length + 1)[:, None]
    i = np.arange(0, depth, 2)
    angles = pos / 10000 ** (i / depth)
    pe = np.zeros((length, depth))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : depth // 2])
    return pe
