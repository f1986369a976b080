# Correct: an index loop over a copy of the weights, updating only on a mistake.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    """Run one epoch of the perceptron rule; return (weights, bias, mistakes)."""
    w = np.array(weights, dtype=np.float64, copy=True)
    b = float(bias)
    mistakes = 0
    for i in range(len(targets)):
        x = np.asarray(inputs[i], dtype=np.float64)
        predicted = int(np.dot(w, x) + b > 0)
        if predicted != targets[i]:
            step = learning_rate * (float(targets[i]) - predicted)
            w = w + step * x
            b = b + step
            mistakes += 1
    return w, b, mistakes
