# Wrong: casts every batch to float32, where the contract asks float64 results for a float64 or integer batch.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    x = np.asarray(x, dtype="float32")
    gamma, beta = gamma.astype("float32"), beta.astype("float32")
    moving_mean, moving_variance = moving_mean.astype("float32"), moving_variance.astype("float32")
    if training:
        mean, variance = x.mean(axis=0), x.var(axis=0)
        moving_mean = momentum * moving_mean + (1 - momentum) * mean
        moving_variance = momentum * moving_variance + (1 - momentum) * variance
    else:
        mean, variance = moving_mean, moving_variance
    return gamma * (x - mean) / np.sqrt(variance + epsilon) + beta, moving_mean, moving_variance
