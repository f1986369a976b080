# Wrong: centers and scales x in place (x -= mean; x /= std) to save memory: the caller's x is modified (and an integer x raises).
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    if training:
        mean, var = x.mean(axis=0), x.var(axis=0)
        new_mean = momentum * moving_mean + (1 - momentum) * mean
        new_var = momentum * moving_variance + (1 - momentum) * var
    else:
        mean, var = moving_mean, moving_variance
        new_mean, new_var = moving_mean, moving_variance
    x -= mean
    x /= np.sqrt(var + epsilon)
    return gamma * x + beta, new_mean, new_var
