# Correct: computes in float32 whatever the inputs (as Keras does); float32 results are within the contract's float32 tolerance.
def dense_forward(inputs, kernel, bias, activation="linear"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    z = np.asarray(inputs, np.float32) @ np.asarray(kernel, np.float32) + np.asarray(bias, np.float32)
    if activation == "relu":
        return np.maximum(z, 0)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    if activation == "tanh":
        return np.tanh(z)
    if activation == "softmax":
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
    return z
