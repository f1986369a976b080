# With return_sequences=True returns h_0, ..., h_T (T + 1 states, starting with the zero state) instead of h_1, ..., h_T; wrong for any input with return_sequences=True.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    batch, steps, _ = inputs.shape
    units = kernel.shape[-1]
    hs = np.zeros((batch, steps + 1, units))
    for t in range(steps):
        hs[:, t + 1] = np.tanh(inputs[:, t] @ kernel + hs[:, t] @ recurrent_kernel + bias)
    if return_sequences:
        return hs
    return hs[:, -1]
