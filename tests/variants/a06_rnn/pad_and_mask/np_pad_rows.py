# Correct: np.pad per row with constant_values, the mask padded the same way from a row of ones, stacked with np.stack.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    if maxlen is None:
        maxlen = max(len(s) for s in sequences)
    rows, masks = [], []
    for s in sequences:
        s = np.asarray(s, dtype=np.int32).reshape(-1)
        if s.size > maxlen:
            s = s[s.size - maxlen:] if truncating == "pre" else s[:maxlen]
        gap = maxlen - s.size
        widths = (gap, 0) if padding == "pre" else (0, gap)
        rows.append(np.pad(s, widths, constant_values=value))
        masks.append(np.pad(np.ones(s.size, dtype=bool), widths, constant_values=False))
    return np.stack(rows).astype(np.int32), np.stack(masks)
