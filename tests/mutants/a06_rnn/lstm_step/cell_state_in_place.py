# Updates the caller's cell state in place (c *= f; c += i * g): the returned values are right but the argument c is overwritten (any input with a float c).
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    sig = lambda a: 1 / (1 + np.exp(-a))
    z = x_t @ kernel + h @ recurrent_kernel + bias
    i, f, g, o = np.split(z, 4, axis=1)
    c *= sig(f)
    c += sig(i) * np.tanh(g)
    h_t = sig(o) * np.tanh(c)
    return h_t, c
