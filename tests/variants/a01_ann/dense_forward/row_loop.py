# Correct: one example at a time, with Python's math functions for the activations.
import math


def dense_forward(inputs, kernel, bias, activation="linear"):
    """Return activation(inputs @ kernel + bias) for a batch of inputs."""
    kernel, bias = np.asarray(kernel, dtype=float), np.asarray(bias, dtype=float)
    rows = []
    for example in np.asarray(inputs, dtype=float):
        scores = [float(example @ kernel[:, unit]) + bias[unit] for unit in range(kernel.shape[1])]
        if activation == "relu":
            row = [max(score, 0.0) for score in scores]
        elif activation == "sigmoid":
            row = [1 / (1 + math.exp(-s)) if s >= 0 else math.exp(s) / (1 + math.exp(s)) for s in scores]
        elif activation == "tanh":
            row = [math.tanh(score) for score in scores]
        elif activation == "softmax":
            top = max(scores)
            exponentials = [math.exp(score - top) for score in scores]
            row = [value / sum(exponentials) for value in exponentials]
        else:
            row = scores
        rows.append(row)
    return np.array(rows, dtype=float).reshape(len(rows), kernel.shape[1])
