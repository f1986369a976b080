# Correct: computes in float32 when every argument is float32 (as Keras does), in float64 otherwise.
def dense_forward(inputs, kernel, bias, activation="linear"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    arrays = [np.asarray(value) for value in (inputs, kernel, bias)]
    dtype = np.float32 if all(array.dtype == np.float32 for array in arrays) else np.float64
    inputs, kernel, bias = (array.astype(dtype) for array in arrays)
    scores = inputs @ kernel + bias
    if activation == "linear":
        return scores
    if activation == "relu":
        return np.maximum(scores, dtype(0))
    if activation == "sigmoid":
        small = np.exp(-np.abs(scores))  # never overflows
        return np.where(scores >= 0, 1 / (1 + small), small / (1 + small)).astype(dtype)
    if activation == "tanh":
        return np.tanh(scores)
    if activation == "softmax":
        exponentials = np.exp(scores - scores.max(axis=1, keepdims=True))
        return exponentials / exponentials.sum(axis=1, keepdims=True)
    raise ValueError(activation)
