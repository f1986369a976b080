# Correct: updates in place with out= arguments, but on its own float64 copies (np.array copies).
def adamw_step(weights, gradient, m, v, step, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999,
               epsilon=1e-7):
    """Return (new_weights, new_m, new_v) after one AdamW step, as keras.optimizers.AdamW takes it."""
    weights = np.array(weights, dtype=np.float64)
    gradient = np.array(gradient, dtype=np.float64)
    m, v = np.array(m, dtype=np.float64), np.array(v, dtype=np.float64)
    weights -= learning_rate * weight_decay * weights
    m *= beta_1
    m += (1 - beta_1) * gradient
    v *= beta_2
    v += (1 - beta_2) * gradient**2
    denominator = np.sqrt(v)
    denominator += epsilon
    weights -= learning_rate * np.sqrt(1 - beta_2**step) / (1 - beta_1**step) * m / denominator
    return weights, m, v
