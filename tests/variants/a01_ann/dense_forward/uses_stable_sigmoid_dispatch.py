# Correct: one expression per activation, the sigmoid from part 1, relu with np.clip.
def dense_forward(inputs, kernel, bias, activation="linear"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    z = np.dot(np.asarray(inputs, dtype=np.float64), np.asarray(kernel, dtype=np.float64)) + np.asarray(bias)
    if activation == "softmax":
        shifted = z - np.max(z, axis=-1, keepdims=True)
        return np.exp(shifted) / np.sum(np.exp(shifted), axis=-1, keepdims=True)
    if activation == "relu":
        return np.clip(z, 0.0, None)
    if activation == "sigmoid":
        return stable_sigmoid(z)
    if activation == "tanh":
        return np.tanh(z)
    return z
