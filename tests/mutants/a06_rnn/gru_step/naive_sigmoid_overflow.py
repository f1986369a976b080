# Wrong: the literal sigmoid 1 / (1 + np.exp(-z)): right values, but np.exp overflows and warns for pre-activations below -709.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    h = np.asarray(h, dtype="float64")
    x_part = np.asarray(x_t, dtype="float64") @ kernel + bias[0]
    h_part = h @ recurrent_kernel + bias[1]
    x_z, x_r, x_h = np.split(x_part, 3, axis=-1)
    h_z, h_r, h_h = np.split(h_part, 3, axis=-1)
    z, r = sigmoid(x_z + h_z), sigmoid(x_r + h_r)
    candidate = np.tanh(x_h + r * h_h)
    return z * h + (1.0 - z) * candidate
