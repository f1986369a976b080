# Wrong: uses the column index itself as 2i, so each cosine column gets its own frequency.
def positional_encoding(length, depth):
    positions = np.arange(length)[:, None]
    columns = np.arange(depth)[None, :]
    angles = positions / np.power(10000.0, columns / depth)
    return np.where(columns % 2 == 0, np.sin(angles), np.cos(angles))
