# Wrong: gives the new batch statistics the weight `momentum`.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    x = np.asarray(x, dtype="float64")
    if training:
        mean, variance = x.mean(axis=0), x.var(axis=0)
        moving_mean = (1 - momentum) * moving_mean + momentum * mean
        moving_variance = (1 - momentum) * moving_variance + momentum * variance
    else:
        mean, variance = moving_mean, moving_variance
    return gamma * (x - mean) / np.sqrt(variance + epsilon) + beta, moving_mean, moving_variance
