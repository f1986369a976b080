# Never updates h_prev, so every step uses h_{t-1} = 0 and the result is tanh(x_t W + b); wrong for any input with T >= 2 and a nonzero recurrent kernel.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    batch, steps, _ = inputs.shape
    units = kernel.shape[1]
    h_prev = np.zeros((batch, units))
    states = []
    for t in range(steps):
        h = np.tanh(inputs[:, t] @ kernel + h_prev @ recurrent_kernel + bias)
        states.append(h)
    if return_sequences:
        return np.stack(states, axis=1)
    return h
