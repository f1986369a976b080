# Wrong: classic (non-inverted) dropout: no scaling in training, and inference multiplies by 1 - rate instead of returning the inputs unchanged (any rate > 0).
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if training:
        keep = rng.random(inputs.shape) >= rate
        return inputs * keep
    return inputs * (1 - rate)
