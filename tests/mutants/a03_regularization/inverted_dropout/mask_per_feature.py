# Wrong: draws one mask per feature (rng.random(inputs.shape[-1])) shared by every row of the batch, instead of rng.random(inputs.shape) (any 2-D input).
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return inputs
    keep = rng.random(inputs.shape[-1]) >= rate
    return inputs * keep / (1 - rate)
