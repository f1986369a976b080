# Wrong: counts a mistake when the prediction with the *updated* weights is wrong.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    weights, bias, mistakes = np.array(weights, dtype=float), float(bias), 0
    for example, target in zip(np.asarray(inputs, dtype=float), np.asarray(targets)):
        prediction = 1 if example @ weights + bias > 0 else 0
        weights = weights + learning_rate * (target - prediction) * example
        bias = bias + learning_rate * (target - prediction)
        mistakes += int((1 if example @ weights + bias > 0 else 0) != target)
    return weights, bias, mistakes
