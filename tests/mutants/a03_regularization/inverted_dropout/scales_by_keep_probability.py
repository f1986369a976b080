# Wrong: multiplies the survivors by (1 - rate) instead of dividing.
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs, dtype="float64")
    if not training:
        return inputs
    return inputs * (rng.random(inputs.shape) >= rate) * (1.0 - rate)
