# Wrong: computes the activation into a variable but forgets to return it.
def dense_forward(inputs, kernel, bias, activation="linear"):
    scores = np.asarray(inputs, dtype=float) @ np.asarray(kernel, dtype=float) + np.asarray(bias, dtype=float)
    if activation == "softmax":
        shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
        outputs = shifted / shifted.sum(axis=-1, keepdims=True)
    else:
        outputs = {"linear": lambda s: s, "relu": lambda s: np.maximum(s, 0), "tanh": np.tanh,
                   "sigmoid": stable_sigmoid}[activation](scores)
