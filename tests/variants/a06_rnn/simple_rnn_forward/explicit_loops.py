# Correct: explicit Python loops over time, batch and units (no matrix products), accepting nested lists; float64 output.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    x = np.array(inputs, dtype=float)
    W = np.array(kernel, dtype=float)
    U = np.array(recurrent_kernel, dtype=float)
    b = np.array(bias, dtype=float)
    batch, steps, features = x.shape
    units = W.shape[1]
    out = np.zeros((batch, steps, units))
    prev = np.zeros((batch, units))
    for t in range(steps):
        for n in range(batch):
            for j in range(units):
                a = b[j]
                for f in range(features):
                    a += x[n, t, f] * W[f, j]
                for k in range(units):
                    a += prev[n, k] * U[k, j]
                out[n, t, j] = np.tanh(a)
        prev = out[:, t].copy()
    if return_sequences:
        return out
    return out[:, -1].copy()
