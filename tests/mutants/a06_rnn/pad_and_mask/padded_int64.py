# Builds padded with np.array of Python ints, giving int64 (on Linux) instead of the int32 that pad_sequences returns; wrong dtype for every input.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    if maxlen is None:
        maxlen = max(len(s) for s in sequences)
    rows, masks = [], []
    for s in sequences:
        s = list(s)
        if len(s) > maxlen:
            s = s[-maxlen:] if truncating == "pre" else s[:maxlen]
        fill = [value] * (maxlen - len(s))
        if padding == "pre":
            rows.append(fill + s)
            masks.append([False] * len(fill) + [True] * len(s))
        else:
            rows.append(s + fill)
            masks.append([True] * len(s) + [False] * len(fill))
    return np.array(rows), np.array(masks)
