# Always puts the mask's True entries at the end (pre-padding layout) even when padding="post"; wrong for padding="post" with a short sequence, e.g. [[1, 2], [3]].
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    if maxlen is None:
        maxlen = max(len(s) for s in sequences)
    padded = np.full((len(sequences), maxlen), value, dtype=np.int32)
    lengths = np.zeros(len(sequences), dtype=int)
    for k, s in enumerate(sequences):
        s = list(s)
        if len(s) > maxlen:
            s = s[-maxlen:] if truncating == "pre" else s[:maxlen]
        lengths[k] = len(s)
        if not s:
            continue
        if padding == "pre":
            padded[k, maxlen - len(s):] = s
        else:
            padded[k, :len(s)] = s
    mask = np.arange(maxlen)[None, :] >= (maxlen - lengths)[:, None]
    return padded, mask
