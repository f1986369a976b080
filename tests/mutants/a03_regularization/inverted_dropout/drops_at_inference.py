# Wrong: also drops values at inference.
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs, dtype="float64")
    return inputs * (rng.random(inputs.shape) >= rate) / (1.0 - rate)
