# Wrong: updates the moving statistics in place (moving_mean *= momentum; ... +=): the caller's moving_mean and moving_variance arrays are changed (any training call).
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    if training:
        mean, var = x.mean(axis=0), x.var(axis=0)
        moving_mean *= momentum
        moving_mean += (1 - momentum) * mean
        moving_variance *= momentum
        moving_variance += (1 - momentum) * var
    else:
        mean, var = moving_mean, moving_variance
    y = gamma * (x - mean) / np.sqrt(var + epsilon) + beta
    return y, moving_mean, moving_variance
