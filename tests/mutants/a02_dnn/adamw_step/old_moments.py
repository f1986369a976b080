# Wrong: steps with the previous m and v instead of the updated ones.
def adamw_step(weights, gradient, m, v, step, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999,
               epsilon=1e-7):
    weights = np.asarray(weights, dtype="float64")
    gradient = np.asarray(gradient, dtype="float64")
    decayed = weights - learning_rate * weight_decay * weights
    new_m = beta_1 * np.asarray(m, dtype="float64") + (1 - beta_1) * gradient
    new_v = beta_2 * np.asarray(v, dtype="float64") + (1 - beta_2) * gradient**2
    step_size = learning_rate * np.sqrt(1 - beta_2**step) / (1 - beta_1**step)
    new_weights = decayed - step_size * np.asarray(m, dtype="float64") / (np.sqrt(np.asarray(v, dtype="float64")) + epsilon)
    return new_weights, new_m, new_v
