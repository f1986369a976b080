# Wrong: forgets to return the cell state: returns h_t alone.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    def sigmoid(z):
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    z = np.asarray(x_t, dtype="float64") @ kernel + np.asarray(h) @ recurrent_kernel + bias
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_c), sigmoid(z_o)
    c = f * np.asarray(c) + i * g
    return o * np.tanh(c)
