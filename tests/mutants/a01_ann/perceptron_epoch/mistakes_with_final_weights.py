# Wrong: counts mistakes with the final weights after the epoch, not the mistakes made during it (e.g. w=[0,0], b=0, X=[[1.,0.]], t=[1], lr=1: one mistake made, 0 reported).
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    """Run one epoch of the perceptron rule; return (weights, bias, mistakes)."""
    w = np.array(weights, dtype=np.float64)
    b = float(bias)
    for x, t in zip(inputs, targets):
        y_hat = 1 if np.dot(w, x) + b > 0 else 0
        w = w + learning_rate * (t - y_hat) * x
        b = b + learning_rate * (t - y_hat)
    predictions = (np.asarray(inputs) @ w + b > 0).astype(int)
    mistakes = int(np.sum(predictions != np.asarray(targets)))
    return w, b, mistakes
