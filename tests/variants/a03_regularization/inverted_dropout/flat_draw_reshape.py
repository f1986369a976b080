# Correct: rng.random(inputs.size).reshape(inputs.shape), the same numbers in the same (C) order.
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return inputs
    keep = rng.random(inputs.size).reshape(inputs.shape) >= rate
    return inputs * keep / (1 - rate)
