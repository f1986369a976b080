# Wrong: keeps only the draws strictly above the rate, so a draw equal to the rate drops its entry.
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs)
    if not training:
        return inputs
    keep = rng.random(inputs.shape) > rate
    return inputs * keep / (1.0 - rate)
