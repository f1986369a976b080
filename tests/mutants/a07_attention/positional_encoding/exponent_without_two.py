# Wrong: exponent i/depth instead of 2i/depth.
def positional_encoding(length, depth):
    positions = np.arange(length)[:, None]
    columns = np.arange(depth)[None, :]
    angles = positions / np.power(10000.0, (columns // 2) / depth)
    return np.where(columns % 2 == 0, np.sin(angles), np.cos(angles))
