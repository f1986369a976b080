# Returns the mask as an int32 0/1 array (built like padded) instead of a boolean array; values right, dtype wrong for every input.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    if maxlen is None:
        maxlen = max(len(s) for s in sequences)
    padded = np.full((len(sequences), maxlen), value, dtype=np.int32)
    mask = np.zeros((len(sequences), maxlen), dtype=np.int32)
    for k, s in enumerate(sequences):
        s = list(s)
        if len(s) > maxlen:
            s = s[-maxlen:] if truncating == "pre" else s[:maxlen]
        n = len(s)
        if n == 0:
            continue
        if padding == "pre":
            padded[k, -n:] = s
            mask[k, -n:] = 1
        else:
            padded[k, :n] = s
            mask[k, :n] = 1
    return padded, mask
