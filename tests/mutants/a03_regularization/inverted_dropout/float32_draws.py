# Wrong: draws float32 numbers, rng.random(shape, dtype=np.float32), which are not those of rng.random(shape).
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs)
    if not training:
        return inputs
    keep = rng.random(inputs.shape, dtype=np.float32) >= rate
    return inputs * keep / (1.0 - rate)
