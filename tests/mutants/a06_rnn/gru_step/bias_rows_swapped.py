# Takes bias[1] as the input bias and bias[0] as the recurrent bias; only the candidate is affected (r multiplies the wrong row), so wrong for any random bias.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    sig = lambda a: 1 / (1 + np.exp(-a))
    recurrent_bias, input_bias = bias
    xz, xr, xh = np.split(x_t @ kernel + input_bias, 3, axis=1)
    hz, hr, hh = np.split(h @ recurrent_kernel + recurrent_bias, 3, axis=1)
    z = sig(xz + hz)
    r = sig(xr + hr)
    h_tilde = np.tanh(xh + r * hh)
    return z * h + (1 - z) * h_tilde
