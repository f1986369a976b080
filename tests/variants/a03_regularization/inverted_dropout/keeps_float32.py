# Correct: computes in float32 for a float32 array (as Keras does), float64 otherwise; returns `inputs` itself at inference.
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return inputs
    dtype = np.float32 if inputs.dtype == np.float32 else np.float64
    draws = rng.random(inputs.shape)
    scale = dtype(1.0 / (1.0 - rate))
    return np.where(draws >= rate, inputs.astype(dtype) * scale, dtype(0.0))
