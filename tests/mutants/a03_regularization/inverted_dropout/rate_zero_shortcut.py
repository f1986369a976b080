# Wrong: returns early when rate == 0 without drawing, although in training the contract says to draw once, even at rate 0: rng is not advanced for rate=0.0, training=True.
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training or rate == 0:
        return inputs
    keep = rng.random(inputs.shape) >= rate
    return inputs * keep / (1 - rate)
