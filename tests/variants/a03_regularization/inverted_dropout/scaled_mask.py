# Correct: a float mask already divided by (1 - rate), multiplied once; bool(training).
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if bool(training):
        mask = (rng.random(inputs.shape) >= rate).astype(np.float64) / (1.0 - rate)
        return inputs * mask
    return inputs
