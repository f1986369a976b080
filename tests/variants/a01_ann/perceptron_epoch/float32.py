# Correct: computes in float32 throughout and returns float32 weights.
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    """Run one epoch of the perceptron rule; return (weights, bias, mistakes)."""
    weights = np.array(weights, dtype=np.float32)
    bias = np.float32(bias)
    rate = np.float32(learning_rate)
    mistakes = 0
    for example, target in zip(np.asarray(inputs, dtype=np.float32), np.asarray(targets, dtype=np.float32)):
        prediction = np.float32(1.0) if np.dot(weights, example) + bias > 0 else np.float32(0.0)
        if prediction != target:
            mistakes += 1
            weights = weights + rate * (target - prediction) * example
            bias = bias + rate * (target - prediction)
    return weights, bias, mistakes
