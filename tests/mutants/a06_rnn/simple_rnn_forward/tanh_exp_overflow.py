# Writes tanh as (e^{2a} - 1) / (e^{2a} + 1), which overflows (RuntimeWarning, then nan) for large pre-activations, e.g. inputs scaled by 1e3.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    def tanh(a):
        e = np.exp(2 * a)
        return (e - 1) / (e + 1)

    batch, steps, _ = inputs.shape
    h = np.zeros((batch, kernel.shape[1]))
    states = []
    for t in range(steps):
        h = tanh(inputs[:, t] @ kernel + h @ recurrent_kernel + bias)
        states.append(h)
    return np.stack(states, axis=1) if return_sequences else h
