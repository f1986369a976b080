# Wrong: counts mistakes as |sum of signed errors (t - y_hat)|, so a false negative and a false positive cancel (w=[-1.,1.], b=0, X=[[1.,0.],[0.,1.]], t=[1,0], lr=0.5 gives 0, not 2).
def perceptron_epoch(weights, bias, inputs, targets, learning_rate):
    """Run one epoch of the perceptron rule; return (weights, bias, mistakes)."""
    w = np.array(weights, dtype=np.float64)
    b = float(bias)
    total_error = 0
    for x, t in zip(inputs, targets):
        y_hat = 1 if np.dot(w, x) + b > 0 else 0
        error = int(t - y_hat)
        total_error += error
        w = w + learning_rate * error * x
        b = b + learning_rate * error
    return w, b, abs(total_error)
