# Wrong: lets keras.optimizers.AdamW take the step, where the part says NumPy only.
def adamw_step(weights, gradient, m, v, step, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999,
               epsilon=1e-7):
    weights = np.asarray(weights, dtype="float64")
    gradient = np.asarray(gradient, dtype="float64")
    new_m = beta_1 * np.asarray(m, dtype="float64") + (1 - beta_1) * gradient
    new_v = beta_2 * np.asarray(v, dtype="float64") + (1 - beta_2) * gradient**2
    optimizer = keras.optimizers.AdamW(learning_rate=learning_rate, weight_decay=weight_decay, beta_1=beta_1,
                                       beta_2=beta_2, epsilon=epsilon)
    variable = keras.Variable(weights)
    optimizer.apply_gradients([(keras.ops.convert_to_tensor(gradient), variable)])
    return keras.ops.convert_to_numpy(variable).astype("float64"), new_m, new_v
