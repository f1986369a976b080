# Correct: no casts, per-gate column slices of each product, a sigmoid as exp(-log(1 + exp(-z))) with np.logaddexp, the update written as h + (1 - z) * (candidate - h).
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    def sigmoid(z):
        return np.exp(-np.logaddexp(0.0, -z))

    x_t, h = np.asarray(x_t), np.asarray(h)
    units = recurrent_kernel.shape[0]
    input_bias, recurrent_bias = bias
    from_input = x_t @ kernel + input_bias
    from_state = h @ recurrent_kernel + recurrent_bias
    update = sigmoid(from_input[:, :units] + from_state[:, :units])
    reset = sigmoid(from_input[:, units : 2 * units] + from_state[:, units : 2 * units])
    candidate = np.tanh(from_input[:, 2 * units :] + reset * from_state[:, 2 * units :])
    return h + (1 - update) * (candidate - h)
