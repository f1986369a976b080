# Wrong: weights.copy() keeps an integer dtype, so += with a fractional update fails on integer weights.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    new_weights = np.array(weights).copy()
    new_bias, mistakes = bias, 0
    for example, target in zip(np.asarray(inputs), targets):
        prediction = 1 if np.dot(new_weights, example) + new_bias > 0 else 0
        if prediction != target:
            mistakes += 1
            new_weights += learning_rate * (target - prediction) * example
            new_bias += learning_rate * (target - prediction)
    return new_weights, new_bias, mistakes
