# Correct: float32 throughout, np.split of the two full products, sigmoid via tanh.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    x_t, h, W, U, B = (np.asarray(a, dtype=np.float32) for a in (x_t, h, kernel, recurrent_kernel, bias))
    sig = lambda a: np.float32(0.5) * (np.float32(1) + np.tanh(np.float32(0.5) * a))
    xz, xr, xh = np.split(x_t @ W + B[0], 3, axis=1)
    hz, hr, hh = np.split(h @ U + B[1], 3, axis=1)
    z = sig(xz + hz)
    r = sig(xr + hr)
    cand = np.tanh(xh + r * hh)
    return z * h + (np.float32(1) - z) * cand
