# Wrong: draws from the global NumPy RNG (np.random.random) instead of the given generator: the mask does not follow rng's seed, and rng is never advanced.
def inverted_dropout(inputs, rate, training, rng):
    """Apply inverted dropout to ``inputs`` (training) or nothing (inference)."""
    if not training:
        return inputs
    keep = np.random.random(inputs.shape) >= rate
    return inputs * keep / (1 - rate)
