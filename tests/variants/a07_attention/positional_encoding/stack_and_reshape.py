# Correct: sines and cosines of the ceil(depth/2) frequencies stacked on a last axis, reshaped to interleave them, then the surplus cosine column cut for odd depth.
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    freqs = 10000.0 ** (-np.arange(0, depth, 2) / depth)
    angles = np.outer(np.arange(length), freqs)
    pe = np.stack([np.sin(angles), np.cos(angles)], axis=-1).reshape(length, -1)
    return pe[:, :depth]
