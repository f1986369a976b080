# Wrong: draws the mask before checking the mode, so inference advances rng although it must draw nothing (output is right; rng's next numbers differ).
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    keep = rng.random(inputs.shape) >= rate
    if training:
        return inputs * keep / (1 - rate)
    return inputs
