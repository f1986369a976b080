# Pads and truncates the caller's lists in place (s[:0] = pads, del s[...]): the arrays are right but `sequences` is changed, e.g. [[1, 2, 3], [4]] becomes [[1, 2, 3], [0, 0, 4]], so a second call (or Keras on the same list) sees padded data.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    if maxlen is None:
        maxlen = max(len(s) for s in sequences)
    masks = []
    for s in sequences:
        if len(s) > maxlen:
            if truncating == "pre":
                del s[:len(s) - maxlen]
            else:
                del s[maxlen:]
        n_pad = maxlen - len(s)
        if padding == "pre":
            s[:0] = [value] * n_pad
            masks.append([False] * n_pad + [True] * (maxlen - n_pad))
        else:
            s.extend([value] * n_pad)
            masks.append([True] * (maxlen - n_pad) + [False] * n_pad)
    return np.array(sequences, dtype=np.int32), np.array(masks, dtype=bool)
