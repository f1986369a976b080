# Wrong: keeps the entries whose draw is below the rate, i.e. keeps `rate` of them.
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs, dtype="float64")
    if not training:
        return inputs
    return inputs * (rng.random(inputs.shape) < rate) / (1.0 - rate)
