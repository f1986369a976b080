# Wrong: truncating="pre" keeps the first maxlen tokens (and "post" the last ones).
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    if maxlen is None:
        maxlen = max((len(sequence) for sequence in sequences), default=0)
    padded = np.full((len(sequences), maxlen), value, dtype="int32")
    mask = np.zeros((len(sequences), maxlen), dtype=bool)
    for row, sequence in enumerate(sequences):
        tokens = list(sequence)
        if len(tokens) > maxlen:
            tokens = tokens[:maxlen] if truncating == "pre" else tokens[len(tokens) - maxlen :]
        if not tokens:
            continue
        start = maxlen - len(tokens) if padding == "pre" else 0
        padded[row, start : start + len(tokens)] = tokens
        mask[row, start : start + len(tokens)] = True
    return padded, mask
