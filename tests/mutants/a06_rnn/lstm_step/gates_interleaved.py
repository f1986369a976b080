# Reshapes z to (batch, units, 4) and takes z[..., k] as gate k, i.e. treats the gates as interleaved columns instead of four consecutive blocks; wrong for any units >= 2 (happens to be right when units == 1).
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    sigmoid = lambda a: 1 / (1 + np.exp(-a))
    z = x_t @ kernel + h @ recurrent_kernel + bias
    z = z.reshape(z.shape[0], -1, 4)
    i = sigmoid(z[..., 0])
    f = sigmoid(z[..., 1])
    g = np.tanh(z[..., 2])
    o = sigmoid(z[..., 3])
    c_t = f * c + i * g
    return o * np.tanh(c_t), c_t
