# Wrong: the candidate's tanh written as (e^{2a} - 1) / (e^{2a} + 1): overflows (a warning, then nan) for pre-activations above 355.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    def sigmoid(z):
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    def tanh(a):
        exp_2a = np.exp(2.0 * a)
        return (exp_2a - 1.0) / (exp_2a + 1.0)

    h = np.asarray(h, dtype="float64")
    x_part = np.asarray(x_t, dtype="float64") @ kernel + bias[0]
    h_part = h @ recurrent_kernel + bias[1]
    x_z, x_r, x_h = np.split(x_part, 3, axis=-1)
    h_z, h_r, h_h = np.split(h_part, 3, axis=-1)
    z, r = sigmoid(x_z + h_z), sigmoid(x_r + h_r)
    return z * h + (1.0 - z) * tanh(x_h + r * h_h)
