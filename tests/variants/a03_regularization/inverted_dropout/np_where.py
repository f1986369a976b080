# Correct: np.where picks inputs / (1 - rate) or 0 from a single rng.random(inputs.shape) draw.
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return inputs
    u = rng.random(inputs.shape)
    return np.where(u >= rate, inputs / (1 - rate), 0.0)
