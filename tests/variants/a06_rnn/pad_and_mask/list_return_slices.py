# Correct: truncation with a negative slice guarded against maxlen 0 (never reached), the mask from the row's length, returned as a list [padded, mask].
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    lengths = [len(sequence) for sequence in sequences]
    if maxlen is None:
        maxlen = max(lengths)
    padded = np.full((len(sequences), maxlen), value, dtype=np.int32)
    mask = np.zeros(padded.shape, dtype=bool)
    for row, sequence in enumerate(sequences):
        kept = sequence[-maxlen:] if truncating == "pre" else sequence[:maxlen]
        if not kept:
            continue
        if padding == "pre":
            padded[row, -len(kept):] = kept
            mask[row, -len(kept):] = True
        else:
            padded[row, : len(kept)] = kept
            mask[row, : len(kept)] = True
    return [padded, mask]
