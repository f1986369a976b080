# Adds 1 to the forget gate's pre-activation (TF1 forget_bias=1.0 habit); Keras's unit_forget_bias only initialises the bias and the step adds nothing, so wrong for any input.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    sig = lambda a: 1 / (1 + np.exp(-a))
    n = h.shape[-1]
    z = x_t @ kernel + h @ recurrent_kernel + bias
    i = sig(z[:, 0 * n:1 * n])
    f = sig(z[:, 1 * n:2 * n] + 1.0)
    g = np.tanh(z[:, 2 * n:3 * n])
    o = sig(z[:, 3 * n:4 * n])
    c_t = f * c + i * g
    return o * np.tanh(c_t), c_t
