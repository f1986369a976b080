# Wrong: updates the caller's weights array in place.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    mistakes = 0
    for example, target in zip(inputs, targets):
        prediction = 1 if example @ weights + bias > 0 else 0
        mistakes += int(prediction != target)
        weights += learning_rate * (target - prediction) * example
        bias = bias + learning_rate * (target - prediction)
    return weights, bias, mistakes
