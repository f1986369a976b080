# Correct: Keras's way: float32 for a float32 batch, float64 otherwise; one-pass variance E[x^2] - mu^2 (in a float dtype).
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    dtype = np.float32 if x.dtype == np.float32 else np.float64
    x = x.astype(dtype)
    gamma, beta = gamma.astype(dtype), beta.astype(dtype)
    if training:
        mean = np.mean(x, axis=0)
        variance = np.maximum(np.mean(np.square(x), axis=0) - np.square(mean), 0)
        new_mean = (momentum * moving_mean + (1 - momentum) * mean).astype(dtype)
        new_variance = (momentum * moving_variance + (1 - momentum) * variance).astype(dtype)
    else:
        mean, variance = moving_mean.astype(dtype), moving_variance.astype(dtype)
        new_mean, new_variance = moving_mean, moving_variance
    inverse = (1 / np.sqrt(variance + epsilon)).astype(dtype)
    return (x - mean) * inverse * gamma + beta, new_mean, new_variance
