# Wrong: normalises with the batch's statistics at inference too.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    x = np.asarray(x, dtype="float64")
    mean, variance = x.mean(axis=0), x.var(axis=0)
    if training:
        moving_mean = momentum * moving_mean + (1 - momentum) * mean
        moving_variance = momentum * moving_variance + (1 - momentum) * variance
    return gamma * (x - mean) / np.sqrt(variance + epsilon) + beta, moving_mean, moving_variance
