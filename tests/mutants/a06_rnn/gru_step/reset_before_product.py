# Wrong: applies the reset gate to h before the matrix product (reset_after=False), with Keras's biases.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    h = np.asarray(h, dtype="float64")
    units = h.shape[-1]
    x_part = np.asarray(x_t, dtype="float64") @ kernel + bias[0]
    h_part = h @ recurrent_kernel + bias[1]
    x_z, x_r, x_h = np.split(x_part, 3, axis=-1)
    h_z, h_r, _ = np.split(h_part, 3, axis=-1)
    z, r = sigmoid(x_z + h_z), sigmoid(x_r + h_r)
    candidate = np.tanh(x_h + (r * h) @ recurrent_kernel[:, 2 * units :] + bias[1][2 * units :])
    return z * h + (1.0 - z) * candidate
