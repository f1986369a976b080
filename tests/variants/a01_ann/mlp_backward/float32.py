# Correct: the whole forward and backward pass in float32; float32 gradients.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    """Return the gradients of the mean categorical cross-entropy for a ReLU-softmax network."""
    X = np.asarray(inputs, dtype=np.float32)
    W1, b1, W2, b2 = (np.asarray(value, dtype=np.float32) for value in (W1, b1, W2, b2))
    n = X.shape[0]
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, np.float32(0))
    Z2 = H @ W2 + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    P = E / E.sum(axis=1, keepdims=True)
    P[np.arange(n), np.asarray(targets)] -= np.float32(1)
    dZ2 = P / np.float32(n)
    dZ1 = (dZ2 @ W2.T) * (Z1 > 0)
    return {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": H.T @ dZ2, "b2": dZ2.sum(axis=0)}
