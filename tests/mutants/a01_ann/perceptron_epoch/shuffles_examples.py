# Wrong: visits the examples in a random order (drawing from NumPy's global generator), not in order.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    inputs, targets = np.asarray(inputs, dtype=float), np.asarray(targets)
    weights, bias, mistakes = np.array(weights, dtype=float), float(bias), 0
    for index in np.random.permutation(len(inputs)):
        prediction = 1 if inputs[index] @ weights + bias > 0 else 0
        mistakes += int(prediction != targets[index])
        weights = weights + learning_rate * (targets[index] - prediction) * inputs[index]
        bias = bias + learning_rate * (targets[index] - prediction)
    return weights, bias, mistakes
