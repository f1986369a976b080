# Wrong: the "tanh" branch computes the result but forgets to return it, so dense_forward(..., "tanh") returns None.
def dense_forward(inputs, kernel, bias, activation="linear"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    z = inputs @ kernel + bias
    if activation == "linear":
        return z
    elif activation == "relu":
        return np.maximum(z, 0.0)
    elif activation == "sigmoid":
        return stable_sigmoid(z)
    elif activation == "tanh":
        out = np.tanh(z)
    elif activation == "softmax":
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
