# Wrong: predicts every example with the starting weights, then applies all updates at once.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    inputs = np.asarray(inputs, dtype="float64")
    predictions = (inputs @ weights + bias > 0).astype(int)
    errors = np.asarray(targets) - predictions
    new_weights = weights + learning_rate * errors @ inputs
    new_bias = bias + learning_rate * errors.sum()
    return new_weights, new_bias, int(np.count_nonzero(errors))
