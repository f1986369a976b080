# Wrong: takes the statistics over axis 1 (per example, as layer normalization does) instead of over the batch axis 0; with batch == features the shapes even match (e.g. a 4x4 batch).
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    if training:
        mean = x.mean(axis=1, keepdims=True)
        var = x.var(axis=1, keepdims=True)
        y = gamma * (x - mean) / np.sqrt(var + epsilon) + beta
        new_mean = momentum * moving_mean + (1 - momentum) * mean.ravel()[: moving_mean.shape[0]]
        new_var = momentum * moving_variance + (1 - momentum) * var.ravel()[: moving_variance.shape[0]]
        return y, new_mean, new_var
    y = gamma * (x - moving_mean) / np.sqrt(moving_variance + epsilon) + beta
    return y, moving_mean, moving_variance
