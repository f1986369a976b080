# Correct: no dtype chosen anywhere: the arguments' own dtypes flow through (float32 products with float32 arguments), the states collected in a preallocated array.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    inputs = np.asarray(inputs)
    batch, steps, _ = inputs.shape
    units = kernel.shape[1]
    states = np.empty((batch, steps, units))
    state = np.zeros((batch, units))
    for t in range(steps):
        state = np.tanh(inputs[:, t] @ kernel + state @ recurrent_kernel + bias)
        states[:, t] = state
    if return_sequences:
        return states
    return state
