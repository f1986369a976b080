# Correct: einsum with the kernels reshaped to (in, 3, units), gates read along the block axis, a where-based stable sigmoid.
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    def sigmoid(a):
        e = np.exp(-np.abs(a))
        return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    h = np.asarray(h, dtype=np.float64)
    n = h.shape[-1]
    W = np.asarray(kernel, dtype=np.float64).reshape(-1, 3, n)
    U = np.asarray(recurrent_kernel, dtype=np.float64).reshape(n, 3, n)
    B = np.asarray(bias, dtype=np.float64).reshape(2, 3, n)
    a = np.einsum("bf,fgu->bgu", np.asarray(x_t, dtype=np.float64), W) + B[0]
    c = np.einsum("bk,kgu->bgu", h, U) + B[1]
    z = sigmoid(a[:, 0] + c[:, 0])
    r = sigmoid(a[:, 1] + c[:, 1])
    h_tilde = np.tanh(a[:, 2] + r * c[:, 2])
    return z * h + (1.0 - z) * h_tilde
