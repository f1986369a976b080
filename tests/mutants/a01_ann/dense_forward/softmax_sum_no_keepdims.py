# Wrong: divides by e.sum(axis=1) without keepdims: for batch == n_out it silently divides column j by row j's sum (e.g. scores [[1.,2.],[3.,5.]]); other shapes raise.
def dense_forward(inputs, kernel, bias, activation="linear"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    z = inputs @ kernel + bias
    if activation == "relu":
        return np.maximum(z, 0.0)
    if activation == "sigmoid":
        return stable_sigmoid(z)
    if activation == "tanh":
        return np.tanh(z)
    if activation == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1)
    return z
