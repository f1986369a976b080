# Wrong: the default argument is activation="relu": dense_forward(X, W, b) clips negative scores to 0 instead of returning them (e.g. X=[[1.]], W=[[-1.]], b=[0.]).
def dense_forward(inputs, kernel, bias, activation="relu"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    z = inputs @ kernel + bias
    if activation == "relu":
        return np.maximum(z, 0.0)
    if activation == "sigmoid":
        return stable_sigmoid(z)
    if activation == "tanh":
        return np.tanh(z)
    if activation == "softmax":
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
    return z
