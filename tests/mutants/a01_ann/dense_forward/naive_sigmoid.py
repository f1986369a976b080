# Wrong: the literal sigmoid 1 / (1 + exp(-z)) warns of overflow for large negative scores.
def dense_forward(inputs, kernel, bias, activation="linear"):
    scores = np.asarray(inputs, dtype=float) @ np.asarray(kernel, dtype=float) + np.asarray(bias, dtype=float)
    if activation == "softmax":
        shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
        return shifted / shifted.sum(axis=-1, keepdims=True)
    return {"linear": lambda s: s, "relu": lambda s: np.maximum(s, 0), "tanh": np.tanh,
            "sigmoid": lambda s: 1 / (1 + np.exp(-s))}[activation](scores)
