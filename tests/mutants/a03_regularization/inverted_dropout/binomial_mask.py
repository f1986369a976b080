# Wrong: draws the mask with rng.binomial(1, 1 - rate, shape), a valid dropout but not the one prescribed draw rng.random(inputs.shape).
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return inputs
    keep = rng.binomial(1, 1 - rate, size=inputs.shape)
    return inputs * keep / (1 - rate)
