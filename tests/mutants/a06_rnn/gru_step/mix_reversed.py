# Wrong: keeps (1 - z) of the old state and takes z of the candidate.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    h = np.asarray(h, dtype="float64")
    x_part = np.asarray(x_t, dtype="float64") @ kernel + bias[0]
    h_part = h @ recurrent_kernel + bias[1]
    x_z, x_r, x_h = np.split(x_part, 3, axis=-1)
    h_z, h_r, h_h = np.split(h_part, 3, axis=-1)
    z, r = sigmoid(x_z + h_z), sigmoid(x_r + h_r)
    candidate = np.tanh(x_h + r * h_h)
    return (1.0 - z) * h + z * candidate
