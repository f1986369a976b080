# Wrong: drops values but does not scale the survivors, so the mean shrinks.
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs, dtype="float64")
    if not training:
        return inputs
    return inputs * (rng.random(inputs.shape) >= rate)
