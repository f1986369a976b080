# Wrong: subtracts the label itself from every probability, as if targets were one value per output.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    inputs = np.asarray(inputs, dtype="float64")
    n = len(inputs)
    sums = inputs @ W1 + b1
    hidden = np.maximum(sums, 0.0)
    scores = hidden @ W2 + b2
    exponentials = np.exp(scores - scores.max(axis=1, keepdims=True))
    probabilities = exponentials / exponentials.sum(axis=1, keepdims=True)
    delta = (probabilities - np.asarray(targets).reshape(-1, 1)) / n
    delta_hidden = (delta @ W2.T) * (sums > 0)
    return {"W1": inputs.T @ delta_hidden, "b1": delta_hidden.sum(axis=0), "W2": hidden.T @ delta, "b2": delta.sum(axis=0)}
