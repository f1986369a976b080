# Wrong: np.asarray returns the caller's own float64 array, which += then changes in place.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    new_weights = np.asarray(weights, dtype=float)
    new_bias, mistakes = float(bias), 0
    for example, target in zip(np.asarray(inputs, dtype=float), targets):
        prediction = 1 if example @ new_weights + new_bias > 0 else 0
        if prediction != target:
            mistakes += 1
            new_weights += learning_rate * (target - prediction) * example
            new_bias += learning_rate * (target - prediction)
    return new_weights, new_bias, mistakes
