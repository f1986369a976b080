# Correct: the mask from clipped lengths and np.arange broadcasting (no sentinel), padded filled through the mask with np.concatenate of the kept tokens.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    seqs = [np.asarray(s, dtype=np.int64).reshape(-1) for s in sequences]
    lengths = np.array([len(s) for s in seqs], dtype=int)
    if maxlen is None:
        maxlen = int(lengths.max())
    kept = [s[max(len(s) - maxlen, 0):] if truncating == "pre" else s[:maxlen] for s in seqs]
    n = np.minimum(lengths, maxlen)
    cols = np.arange(maxlen)[None, :]
    mask = cols >= (maxlen - n)[:, None] if padding == "pre" else cols < n[:, None]
    padded = np.full(mask.shape, value, dtype=np.int32)
    if n.sum():
        padded[mask] = np.concatenate(kept)  # row-major order matches each row's tokens
    return padded, mask
