# Wrong: the result takes the dtype of the scores, so integer layers give integer (truncated) outputs.
def dense_forward(inputs, kernel, bias, activation="linear"):
    scores = np.asarray(inputs) @ np.asarray(kernel) + np.asarray(bias)
    result = np.empty_like(scores)
    if activation == "softmax":
        shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
        result[...] = shifted / shifted.sum(axis=-1, keepdims=True)
    else:
        result[...] = {"linear": lambda s: s, "relu": lambda s: np.maximum(s, 0), "tanh": np.tanh,
                       "sigmoid": stable_sigmoid}[activation](scores)
    return result
