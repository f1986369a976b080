# Wrong: allocates the new states with np.zeros_like(c), so an integer cell state truncates c_t and h_t to integers.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    def sigmoid(z):
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    c = np.asarray(c)
    units = c.shape[1]
    z = np.asarray(x_t) @ kernel + np.asarray(h) @ recurrent_kernel + bias
    new_c, new_h = np.zeros_like(c), np.zeros_like(c)
    new_c[:] = sigmoid(z[:, units : 2 * units]) * c + sigmoid(z[:, :units]) * np.tanh(z[:, 2 * units : 3 * units])
    new_h[:] = sigmoid(z[:, 3 * units :]) * np.tanh(new_c)
    return new_h, new_c
