# Calls keras.utils.pad_sequences for `padded` (right values and dtype) but the task says "Use NumPy only".
def pad_and_mask(sequences, maxlen=None, padding="pre", truncating="pre", value=0):
    """Return (padded int32 array, boolean mask) for a list of token-id lists."""
    padded = keras.utils.pad_sequences(sequences, maxlen=maxlen, padding=padding, truncating=truncating, value=value)
    n = padded.shape[1]
    lengths = np.array([min(len(s), n) for s in sequences])
    pos = np.arange(n)[None, :]
    if padding == "pre":
        mask = pos >= (n - lengths)[:, None]
    else:
        mask = pos < lengths[:, None]
    return padded, mask
