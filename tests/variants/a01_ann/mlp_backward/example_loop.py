# Correct: one example at a time, adding up each example's gradient divided by N.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    """Return the gradients of the mean categorical cross-entropy for a ReLU-softmax network."""
    inputs = np.asarray(inputs, dtype=float)
    labels = [int(label) for label in np.ravel(targets)]
    gradients = {"W1": np.zeros(W1.shape), "b1": np.zeros(b1.shape), "W2": np.zeros(W2.shape), "b2": np.zeros(b2.shape)}
    count = len(inputs)
    for x, label in zip(inputs, labels):
        z1 = x @ W1 + b1
        h = np.where(z1 > 0, z1, 0.0)
        z2 = h @ W2 + b2
        p = np.exp(z2 - np.max(z2))
        p /= p.sum()
        p[label] -= 1.0
        dz2 = p / count
        dz1 = (W2 @ dz2) * (z1 > 0)
        gradients["W2"] += np.outer(h, dz2)
        gradients["b2"] += dz2
        gradients["W1"] += np.outer(x, dz1)
        gradients["b1"] += dz1
    return gradients
