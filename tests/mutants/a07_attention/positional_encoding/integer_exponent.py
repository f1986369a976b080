# Wrong: computes the exponent with floor division (2 * i // depth), which is 0 for every pair, so all columns share frequency 1; wrong for any depth >= 3 and length >= 2.
def positional_encoding(length, depth):
    """Return the (length, depth) sinusoidal positional encoding (sines on even columns)."""
    pe = np.zeros((length, depth))
    for p in range(length):
        for i in range((depth + 1) // 2):
            angle = p / 10000 ** (2 * i // depth)
            pe[p, 2 * i] = np.sin(angle)
            if 2 * i + 1 < depth:
                pe[p, 2 * i + 1] = np.cos(angle)
    return pe
