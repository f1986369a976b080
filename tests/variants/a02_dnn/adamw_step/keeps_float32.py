# Correct: computes in the weights' dtype when they are float32 (as Keras does), in float64 otherwise.
def adamw_step(weights, gradient, m, v, step, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999,
               epsilon=1e-7):
    """Return (new_weights, new_m, new_v) after one AdamW step, as keras.optimizers.AdamW takes it."""
    weights = np.asarray(weights)
    dtype = np.float32 if weights.dtype == np.float32 else np.float64
    weights, gradient, m, v = (np.asarray(value).astype(dtype) for value in (weights, gradient, m, v))
    lr, wd = dtype(learning_rate), dtype(weight_decay)
    b1, b2, eps, t = dtype(beta_1), dtype(beta_2), dtype(epsilon), dtype(step)
    weights = weights - weights * wd * lr
    new_m = m + (gradient - m) * (1 - b1)  # Keras's form of the moving averages
    new_v = v + (gradient * gradient - v) * (1 - b2)
    alpha = lr * np.sqrt(1 - b2**t) / (1 - b1**t)
    return weights - new_m * alpha / (np.sqrt(new_v) + eps), new_m, new_v
