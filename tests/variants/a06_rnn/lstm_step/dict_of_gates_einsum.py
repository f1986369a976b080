# Correct: einsum products, a dict of named gate slices, and a sigmoid written as exp(-logaddexp(0, -z)) (never overflows).
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    x_t, h, c = (np.asarray(a, dtype=np.float64) for a in (x_t, h, c))
    units = h.shape[-1]
    z = np.einsum("bf,fg->bg", x_t, np.asarray(kernel, float)) + np.einsum("bu,ug->bg", h, np.asarray(recurrent_kernel, float)) + np.asarray(bias, float)
    blocks = {name: z[:, k * units:(k + 1) * units] for k, name in enumerate("ifco")}
    sigmoid = lambda a: np.exp(-np.logaddexp(0.0, -a))
    c_t = sigmoid(blocks["f"]) * c + sigmoid(blocks["i"]) * np.tanh(blocks["c"])
    h_t = sigmoid(blocks["o"]) * np.tanh(c_t)
    return (h_t, c_t)
