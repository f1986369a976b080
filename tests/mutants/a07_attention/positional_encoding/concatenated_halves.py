# Wrong: all sines in the first half and all cosines in the second, instead of interleaved.
def positional_encoding(length, depth):
    half = (depth + 1) // 2
    positions = np.arange(length)[:, None]
    angles = positions / np.power(10000.0, 2 * np.arange(half)[None, :] / depth)
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)[:, :depth]
