# Writes padded[k, -len(s):] = s without skipping empty sequences; for an empty sequence -0: selects the whole row and raises (e.g. [[1, 2], [], [3]]).
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    if maxlen is None:
        maxlen = max(len(s) for s in sequences)
    padded = np.full((len(sequences), maxlen), value, dtype=np.int32)
    mask = np.zeros_like(padded, dtype=bool)
    for k, s in enumerate(sequences):
        s = np.asarray(s)
        s = s[-maxlen:] if truncating == "pre" else s[:maxlen]
        if padding == "pre":
            padded[k, -len(s):] = s
            mask[k, -len(s):] = True
        else:
            padded[k, :len(s)] = s
            mask[k, :len(s)] = True
    return padded, mask
