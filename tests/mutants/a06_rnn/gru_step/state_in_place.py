# Builds the result in the caller's h (h *= z; h += (1 - z) * h_tilde): the returned value is right but the argument h is overwritten (any float h).
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    sig = lambda a: 1 / (1 + np.exp(-a))
    xz, xr, xh = np.split(x_t @ kernel + bias[0], 3, axis=1)
    hz, hr, hh = np.split(h @ recurrent_kernel + bias[1], 3, axis=1)
    z = sig(xz + hz)
    r = sig(xr + hr)
    h_tilde = np.tanh(xh + r * hh)
    h *= z
    h += (1 - z) * h_tilde
    return h
