# Correct: rng.uniform(size=inputs.shape) draws the same numbers, leaving the same state, as rng.random(inputs.shape).
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return inputs
    keep = rng.uniform(size=inputs.shape) >= rate
    return inputs * keep / (1 - rate)
