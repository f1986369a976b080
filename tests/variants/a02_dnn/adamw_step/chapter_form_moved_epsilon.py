# Correct: the chapter's bias-corrected m_hat and s_hat, with epsilon scaled by sqrt(1 - beta_2**t) to match Keras.
def adamw_step(weights, gradient, m, v, step, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999,
               epsilon=1e-7):
    """Return (new_weights, new_m, new_v) after one AdamW step, as keras.optimizers.AdamW takes it."""
    w = np.array(weights, dtype=float)
    g = np.array(gradient, dtype=float)
    w *= 1 - learning_rate * weight_decay  # decoupled decay, on our own copy
    m = beta_1 * np.array(m, dtype=float) + (1 - beta_1) * g
    s = beta_2 * np.array(v, dtype=float) + (1 - beta_2) * np.square(g)
    correction_2 = 1 - beta_2**step
    m_hat, s_hat = m / (1 - beta_1**step), s / correction_2
    w -= learning_rate * m_hat / (np.sqrt(s_hat) + epsilon / np.sqrt(correction_2))
    return w, m, s
