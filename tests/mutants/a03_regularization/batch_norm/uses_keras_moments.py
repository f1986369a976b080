# Wrong: takes the batch statistics from keras.ops.moments where the part says NumPy only.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    x = np.asarray(x, dtype="float64")
    if training:
        mean, variance = (keras.ops.convert_to_numpy(value).astype("float64") for value in keras.ops.moments(x, axes=[0]))
        moving_mean = momentum * moving_mean + (1 - momentum) * mean
        moving_variance = momentum * moving_variance + (1 - momentum) * variance
    else:
        mean, variance = moving_mean, moving_variance
    return gamma * (x - mean) / np.sqrt(variance + epsilon) + beta, moving_mean, moving_variance
