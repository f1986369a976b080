# Wrong: the bias moves by (t - y_hat), without the learning rate.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    weights, bias, mistakes = np.array(weights, dtype=float), float(bias), 0
    for example, target in zip(np.asarray(inputs, dtype=float), np.asarray(targets)):
        prediction = 1 if example @ weights + bias > 0 else 0
        mistakes += int(prediction != target)
        weights = weights + learning_rate * (target - prediction) * example
        bias = bias + (target - prediction)
    return weights, bias, mistakes
