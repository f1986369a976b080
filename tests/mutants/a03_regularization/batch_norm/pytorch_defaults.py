# Wrong: defaults momentum=0.9, epsilon=1e-5 (PyTorch-like) instead of Keras's 0.99 and 1e-3: any call that relies on the defaults differs.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.9, epsilon=1e-5):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    if training:
        mean, var = x.mean(axis=0), x.var(axis=0)
        new_mean = momentum * moving_mean + (1 - momentum) * mean
        new_var = momentum * moving_variance + (1 - momentum) * var
    else:
        mean, var = moving_mean, moving_variance
        new_mean, new_var = moving_mean, moving_variance
    y = gamma * (x - mean) / np.sqrt(var + epsilon) + beta
    return y, new_mean, new_var
