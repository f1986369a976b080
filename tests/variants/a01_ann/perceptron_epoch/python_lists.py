# Correct: plain Python lists and floats, converted back to an array at the end.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    """Run one epoch of the perceptron rule; return (weights, bias, mistakes)."""
    w = [float(value) for value in np.ravel(weights)]
    b = float(bias)
    mistakes = 0
    for row, target in zip(np.asarray(inputs).tolist(), np.ravel(targets).tolist()):
        score = sum(wi * xi for wi, xi in zip(w, row)) + b
        prediction = 1 if score > 0 else 0
        error = target - prediction
        w = [wi + learning_rate * error * xi for wi, xi in zip(w, row)]
        b += learning_rate * error
        mistakes += error != 0
    return np.array(w), b, mistakes
