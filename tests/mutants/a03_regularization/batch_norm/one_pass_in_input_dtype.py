# Wrong: the one-pass variance E[x^2] - mu^2 with x squared in the batch's own dtype: uint8 or int8 squares overflow.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    if training:
        mean = x.mean(axis=0)
        var = (x ** 2).mean(axis=0) - mean ** 2
        new_mean = momentum * moving_mean + (1 - momentum) * mean
        new_var = momentum * moving_variance + (1 - momentum) * var
    else:
        mean, var = moving_mean, moving_variance
        new_mean, new_var = moving_mean, moving_variance
    y = gamma * (x - mean) / np.sqrt(var + epsilon) + beta
    return y, new_mean, new_var
