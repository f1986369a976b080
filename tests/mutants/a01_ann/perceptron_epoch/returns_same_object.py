# Wrong: after an epoch without mistakes it returns the caller's weights object itself.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    new_weights, new_bias, mistakes = weights, float(bias), 0
    for example, target in zip(np.asarray(inputs, dtype=float), np.asarray(targets)):
        prediction = 1 if np.dot(new_weights, example) + new_bias > 0 else 0
        if prediction != target:
            mistakes += 1
            new_weights = new_weights + learning_rate * (target - prediction) * example
            new_bias = new_bias + learning_rate * (target - prediction)
    return new_weights, new_bias, mistakes
