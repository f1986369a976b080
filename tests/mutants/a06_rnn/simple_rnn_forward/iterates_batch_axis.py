# Loops "for x_t in inputs", i.e. over the batch axis instead of time; raises when batch != T and is silently wrong when batch == T (e.g. inputs of shape (4, 4, 4) with units 4).
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    h = np.zeros((inputs.shape[0], kernel.shape[1]))
    states = []
    for x_t in inputs:
        h = np.tanh(x_t @ kernel + h @ recurrent_kernel + bias)
        states.append(h)
    if return_sequences:
        return np.stack(states, axis=1)
    return h
