# Wrong: fills an array of the input's dtype, so an integer input gives truncated integers (1 kept at rate 0.25 gives 1, not 1.333).
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs)
    if not training:
        return inputs
    keep = rng.random(inputs.shape) >= rate
    outputs = np.zeros_like(inputs)
    outputs[keep] = inputs[keep] / (1.0 - rate)
    return outputs
