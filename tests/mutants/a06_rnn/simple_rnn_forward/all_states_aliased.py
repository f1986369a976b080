# Updates one state buffer in place (h[:] = ...) and appends that same array each step, so return_sequences=True returns T copies of h_T; wrong for any input with T >= 2 and return_sequences=True.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    batch, steps, _ = inputs.shape
    h = np.zeros((batch, kernel.shape[1]))
    states = []
    for t in range(steps):
        h[:] = np.tanh(inputs[:, t] @ kernel + h @ recurrent_kernel + bias)
        states.append(h)
    if return_sequences:
        return np.stack(states, axis=1)
    return h
