# Allocates the result with np.zeros_like(h), so an integer initial state (e.g. np.zeros((2, 3), dtype=int)) truncates h_t to integers.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    sig = lambda a: 1 / (1 + np.exp(-a))
    u = h.shape[1]
    h_new = np.zeros_like(h)
    xw = x_t @ kernel + bias[0]
    hu = h @ recurrent_kernel + bias[1]
    z = sig(xw[:, :u] + hu[:, :u])
    r = sig(xw[:, u:2 * u] + hu[:, u:2 * u])
    h_tilde = np.tanh(xw[:, 2 * u:] + r * hu[:, 2 * u:])
    h_new[:] = z * h + (1 - z) * h_tilde
    return h_new
