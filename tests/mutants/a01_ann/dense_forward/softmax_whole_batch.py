# Wrong: softmax divides by the sum over the whole batch, not by each row's sum.
def dense_forward(inputs, kernel, bias, activation="linear"):
    scores = np.asarray(inputs, dtype=float) @ np.asarray(kernel, dtype=float) + np.asarray(bias, dtype=float)
    if activation == "softmax":
        shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
        return shifted / shifted.sum()
    return {"linear": lambda s: s, "relu": lambda s: np.maximum(s, 0), "tanh": np.tanh,
            "sigmoid": stable_sigmoid}[activation](scores)
