# Correct: explicit loops over positions and pairs with math.sin / math.cos, guarding the last column when depth is odd.
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    import math

    pe = np.zeros((length, depth))
    for p in range(length):
        for i in range((depth + 1) // 2):
            angle = p / (10000 ** (2 * i / depth))
            pe[p, 2 * i] = math.sin(angle)
            if 2 * i + 1 < depth:
                pe[p, 2 * i + 1] = math.cos(angle)
    return pe
