# Wrong: a two-branch sigmoid through np.where, which computes both branches everywhere: np.exp overflows and warns for large pre-activations.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    def sigmoid(z):
        return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))

    z = np.asarray(x_t, dtype="float64") @ kernel + np.asarray(h) @ recurrent_kernel + bias
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_c), sigmoid(z_o)
    c = f * np.asarray(c) + i * g
    return o * np.tanh(c), c
