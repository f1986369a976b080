# Wrong: applies the mask and the scaling in place (inputs *= keep; inputs /= 1 - rate): the caller's array is changed in training (and integer inputs raise).
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return inputs
    keep = rng.random(inputs.shape) >= rate
    inputs *= keep
    inputs /= 1 - rate
    return inputs
