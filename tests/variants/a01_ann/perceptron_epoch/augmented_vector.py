# Correct: the bias folded into the weight vector, with a constant input of 1 for it.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    """Run one epoch of the perceptron rule; return (weights, bias, mistakes)."""
    inputs = np.asarray(inputs, dtype=float)
    augmented = np.hstack([inputs, np.ones((len(inputs), 1))])
    theta = np.append(np.asarray(weights, dtype=float), float(bias))  # a new array
    mistakes = 0
    for x, t in zip(augmented, np.asarray(targets).tolist()):
        y_hat = int(x @ theta > 0)
        theta += learning_rate * (t - y_hat) * x  # our own array: changing it in place is fine
        mistakes += y_hat != t
    return theta[:-1].copy(), theta[-1], int(mistakes)
