# Wrong: fills np.empty_like(x) column by column, so an integer batch gives truncated integer outputs.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    x = np.asarray(x)
    if training:
        mean, variance = x.mean(axis=0), x.var(axis=0)
        moving_mean = momentum * moving_mean + (1 - momentum) * mean
        moving_variance = momentum * moving_variance + (1 - momentum) * variance
    else:
        mean, variance = moving_mean, moving_variance
    outputs = np.empty_like(x)
    for feature in range(x.shape[1]):
        outputs[:, feature] = gamma[feature] * (x[:, feature] - mean[feature]) / np.sqrt(variance[feature] + epsilon) + beta[feature]
    return outputs, moving_mean, moving_variance
