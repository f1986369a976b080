# Correct: np.einsum for the scores, softmax through a log-sum-exp, sigmoid through tanh.
def dense_forward(inputs, kernel, bias, activation="linear"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    scores = np.einsum("bi,io->bo", np.asarray(inputs, dtype=float), np.asarray(kernel, dtype=float))
    scores = scores + np.asarray(bias, dtype=float)[None, :]
    functions = {
        "linear": lambda s: s,
        "relu": lambda s: s * (s > 0),
        "sigmoid": lambda s: 0.5 * (1.0 + np.tanh(0.5 * s)),  # the same function, and tanh never overflows
        "tanh": np.tanh,
        "softmax": lambda s: np.exp(s - (s.max(-1, keepdims=True)
                                         + np.log(np.exp(s - s.max(-1, keepdims=True)).sum(-1, keepdims=True)))),
    }
    return functions[activation](scores)
