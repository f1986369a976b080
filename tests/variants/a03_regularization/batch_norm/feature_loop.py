# Correct: an explicit loop over the features, each column normalized on its own.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    X = np.asarray(x, dtype=np.float64)
    n, d = X.shape
    y = np.empty((n, d))
    new_mean = np.array(moving_mean, dtype=np.float64, copy=True)
    new_var = np.array(moving_variance, dtype=np.float64, copy=True)
    for j in range(d):
        col = X[:, j]
        if training:
            mu = col.sum() / n
            var = ((col - mu) ** 2).sum() / n
            new_mean[j] = momentum * moving_mean[j] + (1 - momentum) * mu
            new_var[j] = momentum * moving_variance[j] + (1 - momentum) * var
        else:
            mu, var = moving_mean[j], moving_variance[j]
        y[:, j] = gamma[j] * (col - mu) / np.sqrt(var + epsilon) + beta[j]
    return y, new_mean, new_var
