# Wrong: PyTorch-style: normalizes with the biased variance but updates the moving variance with the unbiased one (ddof=1); y is right, new_moving_variance is not (any training batch).
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    if training:
        mean = x.mean(axis=0)
        var = x.var(axis=0)
        y = gamma * (x - mean) / np.sqrt(var + epsilon) + beta
        new_mean = momentum * moving_mean + (1 - momentum) * mean
        new_var = momentum * moving_variance + (1 - momentum) * x.var(axis=0, ddof=1)
        return y, new_mean, new_var
    y = gamma * (x - moving_mean) / np.sqrt(moving_variance + epsilon) + beta
    return y, moving_mean, moving_variance
