# Correct: plain Python list building with explicit index arithmetic, converted at the end with explicit dtypes.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    seqs = [list(s) for s in sequences]
    if maxlen is None:
        maxlen = 0
        for s in seqs:
            maxlen = max(maxlen, len(s))
    rows, flags = [], []
    for s in seqs:
        if len(s) > maxlen:
            start = len(s) - maxlen if truncating == "pre" else 0
            s = s[start:start + maxlen]
        gap = maxlen - len(s)
        if padding == "pre":
            rows.append([value] * gap + s)
            flags.append([False] * gap + [True] * len(s))
        else:
            rows.append(s + [value] * gap)
            flags.append([True] * len(s) + [False] * gap)
    padded = np.array(rows, dtype=np.int64).astype(np.int32).reshape(len(seqs), maxlen)
    mask = np.array(flags, dtype=bool).reshape(len(seqs), maxlen)
    return padded, mask
