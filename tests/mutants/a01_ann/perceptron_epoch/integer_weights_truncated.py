# Wrong: the result keeps the input's dtype, so integer weights lose the fractional updates.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    weights = np.array(weights)
    new_weights = np.zeros_like(weights)
    new_weights[:] = weights
    new_bias, mistakes = float(bias), 0
    for example, target in zip(np.asarray(inputs, dtype=float), np.asarray(targets)):
        prediction = 1 if example @ new_weights + new_bias > 0 else 0
        mistakes += int(prediction != target)
        new_weights[:] = new_weights + learning_rate * (target - prediction) * example
        new_bias = new_bias + learning_rate * (target - prediction)
    return new_weights, new_bias, mistakes
