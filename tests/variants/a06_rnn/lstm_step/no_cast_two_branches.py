# Correct: no casts (float32 arguments give float32 gates), a sigmoid with two branches, each computed only where it applies, as in a01.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    def sigmoid(z):
        result = np.empty_like(z)
        positive = z >= 0
        result[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
        exp_z = np.exp(z[~positive])
        result[~positive] = exp_z / (1.0 + exp_z)
        return result

    h, c = np.asarray(h), np.asarray(c)
    units = h.shape[1]
    z = np.asarray(x_t) @ kernel + h @ recurrent_kernel + bias
    input_gate = sigmoid(z[:, :units])
    forget_gate = sigmoid(z[:, units : 2 * units])
    candidate = np.tanh(z[:, 2 * units : 3 * units])
    output_gate = sigmoid(z[:, 3 * units :])
    new_c = forget_gate * c + input_gate * candidate
    new_h = output_gate * np.tanh(new_c)
    return [new_h, new_c]
