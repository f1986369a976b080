# Allocates the output with inputs.dtype, so integer inputs (e.g. np.array of ints) truncate every tanh value to 0 (and give an int array).
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    batch, steps, _ = inputs.shape
    units = kernel.shape[1]
    states = np.zeros((batch, steps, units), dtype=inputs.dtype)
    h = np.zeros((batch, units), dtype=inputs.dtype)
    for t in range(steps):
        h = np.tanh(inputs[:, t] @ kernel + h @ recurrent_kernel + bias)
        states[:, t] = h
    if return_sequences:
        return states
    return states[:, -1]
