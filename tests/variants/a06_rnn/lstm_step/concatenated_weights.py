# Correct: one product [x, h] @ [[W], [U]] on the concatenated input and stacked kernels, gates by reshape to (batch, 4, units), a piecewise-stable sigmoid.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    def sigmoid(a):
        out = np.empty_like(a)
        pos = a >= 0
        out[pos] = 1.0 / (1.0 + np.exp(-a[pos]))
        e = np.exp(a[~pos])
        out[~pos] = e / (1.0 + e)
        return out

    x_t = np.asarray(x_t, dtype=float)
    h = np.asarray(h, dtype=float)
    c = np.asarray(c, dtype=float)
    xh = np.concatenate([x_t, h], axis=1)
    Wb = np.concatenate([np.asarray(kernel, float), np.asarray(recurrent_kernel, float)], axis=0)
    z = (xh @ Wb + np.asarray(bias, float)).reshape(x_t.shape[0], 4, h.shape[1])
    i, f, o = sigmoid(z[:, 0]), sigmoid(z[:, 1]), sigmoid(z[:, 3])
    g = np.tanh(z[:, 2])
    c_new = f * c + i * g
    h_new = o * np.tanh(c_new)
    return h_new, c_new
