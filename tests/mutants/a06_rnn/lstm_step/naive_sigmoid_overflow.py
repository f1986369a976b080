# Uses 1 / (1 + np.exp(-z)), which overflows (RuntimeWarning "overflow encountered in exp", a test-cell failure) once some z < -709, e.g. inputs scaled by 1e4.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    def sigmoid(a):
        return 1.0 / (1.0 + np.exp(-a))

    u = h.shape[1]
    z = x_t @ kernel + h @ recurrent_kernel + bias
    i = sigmoid(z[:, :u])
    f = sigmoid(z[:, u:2 * u])
    g = np.tanh(z[:, 2 * u:3 * u])
    o = sigmoid(z[:, 3 * u:])
    c_t = f * c + i * g
    h_t = o * np.tanh(c_t)
    return h_t, c_t
