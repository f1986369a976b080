# Correct: a loop over the three blocks with explicit column slices and per-block weights, the final update written as h_tilde + z * (h - h_tilde).
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    x_t = np.asarray(x_t, dtype=float)
    h = np.asarray(h, dtype=float)
    W = np.asarray(kernel, dtype=float)
    U = np.asarray(recurrent_kernel, dtype=float)
    B = np.asarray(bias, dtype=float)
    n = h.shape[1]
    inp, rec = {}, {}
    for k, name in enumerate(("z", "r", "h")):
        cols = slice(k * n, (k + 1) * n)
        inp[name] = np.dot(x_t, W[:, cols]) + B[0, cols]
        rec[name] = np.dot(h, U[:, cols]) + B[1, cols]
    sig = lambda a: np.exp(-np.logaddexp(0.0, -a))
    z = sig(inp["z"] + rec["z"])
    r = sig(inp["r"] + rec["r"])
    h_tilde = np.tanh(inp["h"] + r * rec["h"])
    return h_tilde + z * (h - h_tilde)
