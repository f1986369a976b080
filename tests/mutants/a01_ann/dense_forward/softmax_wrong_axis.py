# Wrong: softmax normalises over the batch axis instead of over the units.
def dense_forward(inputs, kernel, bias, activation="linear"):
    scores = np.asarray(inputs) @ np.asarray(kernel) + bias
    if activation == "softmax":
        shifted = np.exp(scores - scores.max(axis=0, keepdims=True))
        return shifted / shifted.sum(axis=0, keepdims=True)
    return {"linear": lambda s: s, "relu": lambda s: np.maximum(s, 0), "tanh": np.tanh,
            "sigmoid": stable_sigmoid}[activation](scores)
