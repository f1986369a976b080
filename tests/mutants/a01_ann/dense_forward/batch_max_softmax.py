# Wrong: softmax subtracts the batch-wide maximum instead of each row's, so a low row gives 0 / 0.
def dense_forward(inputs, kernel, bias, activation="linear"):
    scores = np.asarray(inputs, dtype=float) @ np.asarray(kernel, dtype=float) + np.asarray(bias, dtype=float)
    if activation == "softmax":
        shifted = np.exp(scores - scores.max())
        return shifted / shifted.sum(axis=-1, keepdims=True)
    return {"linear": lambda s: s, "relu": lambda s: np.maximum(s, 0), "tanh": np.tanh,
            "sigmoid": stable_sigmoid}[activation](scores)
