# Wrong: reverses each list in place to pad at the front, and reverses it back only when padding="post": with "pre" padding the caller's lists come back reversed.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    if maxlen is None:
        maxlen = max(len(sequence) for sequence in sequences)
    padded = np.full((len(sequences), maxlen), value, dtype=np.int32)
    mask = np.zeros((len(sequences), maxlen), dtype=bool)
    for row, sequence in enumerate(sequences):
        tokens = sequence[-maxlen:] if truncating == "pre" else sequence[:maxlen]
        if padding == "pre":
            sequence.reverse()  # in place
            tokens = tokens[::-1]
            padded[row, ::-1][: len(tokens)] = tokens
            mask[row, ::-1][: len(tokens)] = True
        else:
            padded[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = True
    return padded, mask
