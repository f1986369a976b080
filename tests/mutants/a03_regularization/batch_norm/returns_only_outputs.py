# Wrong: returns only the outputs y, not the tuple (y, new moving mean, new moving variance).
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    x = np.asarray(x, dtype="float64")
    if training:
        mean, variance = x.mean(axis=0), x.var(axis=0)
    else:
        mean, variance = moving_mean, moving_variance
    return gamma * (x - mean) / np.sqrt(variance + epsilon) + beta
