# Wrong: computes the training output but forgets to `return` it (the function returns None in training).
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs)
    if not training:
        return inputs
    keep = rng.random(inputs.shape) >= rate
    outputs = inputs * keep / (1.0 - rate)
