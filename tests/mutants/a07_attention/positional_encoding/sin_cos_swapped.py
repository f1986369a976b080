# Wrong: cosines on the even columns and sines on the odd ones.
def positional_encoding(length, depth):
    positions = np.arange(length)[:, None]
    columns = np.arange(depth)[None, :]
    angles = positions / np.power(10000.0, 2 * (columns // 2) / depth)
    return np.where(columns % 2 == 0, np.cos(angles), np.sin(angles))
