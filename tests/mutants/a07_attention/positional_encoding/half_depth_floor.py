# Wrong: follows the TF tutorial's rates 1 / 10000^(i / (depth // 2)), which equals 2i/depth only for even depth; wrong for odd depth, e.g. positional_encoding(7, 5).
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    half = depth // 2
    n_pairs = (depth + 1) // 2
    positions = np.arange(length)[:, np.newaxis]
    rates = 1 / (10000 ** (np.arange(n_pairs)[np.newaxis, :] / half)) if half else np.ones((1, n_pairs))
    angles = positions * rates
    pe = np.empty((length, depth))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, :half])
    return pe
