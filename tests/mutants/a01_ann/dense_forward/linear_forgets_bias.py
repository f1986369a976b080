# Wrong: the "linear" branch returns inputs @ kernel and forgets the bias (right only when the bias is zero, e.g. wrong for b=[0.5]).
def dense_forward(inputs, kernel, bias, activation="linear"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    if activation == "linear":
        return inputs @ kernel
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
    raise ValueError(activation)
