# Wrong: tanh written with exponentials overflows (inf / inf = nan) for large scores.
def dense_forward(inputs, kernel, bias, activation="linear"):
    scores = np.asarray(inputs, dtype=float) @ np.asarray(kernel, dtype=float) + np.asarray(bias, dtype=float)
    if activation == "softmax":
        shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
        return shifted / shifted.sum(axis=-1, keepdims=True)
    if activation == "tanh":
        return (np.exp(scores) - np.exp(-scores)) / (np.exp(scores) + np.exp(-scores))
    return {"linear": lambda s: s, "relu": lambda s: np.maximum(s, 0), "sigmoid": stable_sigmoid}[activation](scores)
