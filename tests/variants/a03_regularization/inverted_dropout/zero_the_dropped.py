# Correct: zeroes the dropped entries of a float64 copy, then divides the survivors in place (the copy only).
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return np.array(inputs, dtype=np.float64)
    outputs = np.array(inputs, dtype=np.float64)  # A copy: the caller's array stays as it is.
    dropped = rng.random(outputs.shape) < rate
    outputs[dropped] = 0.0
    outputs /= 1.0 - rate
    return outputs
