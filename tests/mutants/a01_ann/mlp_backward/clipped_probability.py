# Wrong: goes through dL/dP = -1 / P with P clipped to [1e-7, 1 - 1e-7], then the softmax Jacobian.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    inputs = np.asarray(inputs, dtype="float64")
    n = len(inputs)
    sums = inputs @ W1 + b1
    hidden = np.maximum(sums, 0.0)
    scores = hidden @ W2 + b2
    exponentials = np.exp(scores - scores.max(axis=1, keepdims=True))
    probabilities = exponentials / exponentials.sum(axis=1, keepdims=True)
    one_hot = np.eye(W2.shape[1])[targets]
    probability_gradient = -one_hot / np.clip(probabilities, 1e-7, 1 - 1e-7) / n
    # Softmax Jacobian: dZ_k = P_k (g_k - sum_j P_j g_j).
    delta = probabilities * (probability_gradient - (probabilities * probability_gradient).sum(axis=1, keepdims=True))
    delta_hidden = (delta @ W2.T) * (sums > 0)
    return {"W1": inputs.T @ delta_hidden, "b1": delta_hidden.sum(axis=0), "W2": hidden.T @ delta, "b2": delta.sum(axis=0)}
