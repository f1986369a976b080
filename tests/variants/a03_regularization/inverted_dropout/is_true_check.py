# Correct: tests `training is True`, enough for the Python bools the contract passes.
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if training is True:
        keep = rng.random(inputs.shape) >= rate
        return inputs * keep / (1 - rate)
    return inputs
