# Wrong: the mask is True on the padding and False on the tokens.
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    if maxlen is None:
        maxlen = max((len(sequence) for sequence in sequences), default=0)
    padded = np.full((len(sequences), maxlen), value, dtype="int32")
    mask = np.ones((len(sequences), maxlen), dtype=bool)
    for row, sequence in enumerate(sequences):
        tokens = list(sequence)
        if len(tokens) > maxlen:
            tokens = tokens[len(tokens) - maxlen :] if truncating == "pre" else tokens[:maxlen]
        if not tokens:
            continue
        start = maxlen - len(tokens) if padding == "pre" else 0
        padded[row, start : start + len(tokens)] = tokens
        mask[row, start : start + len(tokens)] = False
    return padded, mask
