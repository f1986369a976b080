# Correct: np.heaviside(score, 0) predicts, and every example updates (by 0 when it is right).
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    """Run one epoch of the perceptron rule; return (weights, bias, mistakes)."""
    new_weights = np.copy(weights).astype(np.float64)
    new_bias = np.float64(bias)
    errors = []
    for i in range(len(inputs)):
        x = np.asarray(inputs[i], dtype=np.float64)
        predicted = np.heaviside(np.dot(new_weights, x) + new_bias, 0.0)
        error = targets[i] - predicted
        new_weights = new_weights + learning_rate * error * x
        new_bias = new_bias + learning_rate * error
        errors.append(error)
    return new_weights, new_bias, np.count_nonzero(errors)
