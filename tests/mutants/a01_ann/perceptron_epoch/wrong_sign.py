# Wrong: the error is (prediction - target), so updates push the wrong way.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    weights, mistakes = np.array(weights, dtype="float64"), 0
    for example, target in zip(inputs, targets):
        prediction = 1 if example @ weights + bias > 0 else 0
        mistakes += int(prediction != target)
        weights = weights + learning_rate * (prediction - target) * example
        bias = bias + learning_rate * (prediction - target)
    return weights, bias, mistakes
