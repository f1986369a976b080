# Wrong: adds to the cell state without scaling the old memory by the forget gate.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    z = np.asarray(x_t, dtype="float64") @ kernel + np.asarray(h) @ recurrent_kernel + bias
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    i, g, o = sigmoid(z_i), np.tanh(z_c), sigmoid(z_o)
    c = c + i * g
    return o * np.tanh(c), c
