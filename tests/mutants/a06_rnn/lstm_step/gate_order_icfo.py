# Splits z in TF1 BasicLSTMCell order (input, candidate, forget, output) instead of Keras's (input, forget, candidate, output); wrong for any random weights.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    sigmoid = lambda a: 1 / (1 + np.exp(-a))
    z = x_t @ kernel + h @ recurrent_kernel + bias
    z_i, z_c, z_f, z_o = np.split(z, 4, axis=1)
    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_c), sigmoid(z_o)
    c_t = f * c + i * g
    h_t = o * np.tanh(c_t)
    return h_t, c_t
