# Correct: the forward pass through part 3's dense_forward; the ReLU mask read from the hidden outputs.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    """Return the gradients of the mean categorical cross-entropy for a ReLU-softmax network."""
    inputs = np.asarray(inputs, dtype="float64")
    hidden = dense_forward(inputs, W1, b1, "relu")
    probabilities = dense_forward(hidden, W2, b2, "softmax")
    n = len(inputs)
    delta = probabilities.copy()
    delta[range(n), targets] -= 1
    delta /= n
    delta_hidden = delta @ W2.T * (hidden > 0)  # hidden > 0 exactly where Z1 > 0
    return {"W2": hidden.T @ delta, "b2": delta.sum(0), "W1": inputs.T @ delta_hidden, "b1": delta_hidden.sum(0)}
