# Correct: float32 throughout, np.split into gates, and a sigmoid written through tanh (sigma(z) = (1 + tanh(z/2)) / 2) so it never overflows.
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    f32 = lambda a: np.asarray(a, dtype=np.float32)
    x_t, h, c, W, U, b = map(f32, (x_t, h, c, kernel, recurrent_kernel, bias))
    sigma = lambda a: np.float32(0.5) * (np.float32(1) + np.tanh(np.float32(0.5) * a))
    zi, zf, zc, zo = np.split(x_t @ W + h @ U + b, 4, axis=-1)
    c_t = sigma(zf) * c + sigma(zi) * np.tanh(zc)
    h_t = sigma(zo) * np.tanh(c_t)
    return h_t, c_t
