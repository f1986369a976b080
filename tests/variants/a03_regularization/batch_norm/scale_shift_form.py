# Correct: one scale and one shift, y = x * s + (beta - mu * s) with s = gamma / sqrt(var + eps), as Keras folds it.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    if training:
        mu = np.mean(x, axis=0)
        var = np.mean(np.square(x - mu), axis=0)
        new_mean = moving_mean * momentum + mu * (1 - momentum)
        new_var = moving_variance * momentum + var * (1 - momentum)
    else:
        mu, var = moving_mean, moving_variance
        new_mean, new_var = moving_mean.copy(), moving_variance.copy()
    s = gamma / np.sqrt(var + epsilon)
    return x * s + (beta - mu * s), new_mean, new_var
