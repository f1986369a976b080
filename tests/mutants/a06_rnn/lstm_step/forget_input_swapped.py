# Wrong: reads the gate blocks in the order f, i, c, o (input and forget gates swapped).
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    z = np.asarray(x_t, dtype="float64") @ kernel + np.asarray(h) @ recurrent_kernel + bias
    z_f, z_i, z_c, z_o = np.split(z, 4, axis=-1)
    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_c), sigmoid(z_o)
    c = f * c + i * g
    return o * np.tanh(c), c
