# Wrong: starts from np.zeros((n, maxlen)), a float64 array, so `padded` is float, not int32.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    if maxlen is None:
        maxlen = max(len(sequence) for sequence in sequences)
    padded = np.zeros((len(sequences), maxlen)) + value
    mask = np.zeros((len(sequences), maxlen), dtype=bool)
    for row, sequence in enumerate(sequences):
        tokens = sequence[-maxlen:] if truncating == "pre" else sequence[:maxlen]
        start = maxlen - len(tokens) if padding == "pre" else 0
        padded[row, start : start + len(tokens)] = tokens
        mask[row, start : start + len(tokens)] = True
    return padded, mask
