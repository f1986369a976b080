# Wrong: predicts 1 when w.x + b >= 0 instead of > 0.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    weights, mistakes = np.array(weights, dtype="float64"), 0
    for example, target in zip(inputs, targets):
        prediction = 1 if example @ weights + bias >= 0 else 0
        mistakes += int(prediction != target)
        weights = weights + learning_rate * (target - prediction) * example
        bias = bias + learning_rate * (target - prediction)
    return weights, bias, mistakes
