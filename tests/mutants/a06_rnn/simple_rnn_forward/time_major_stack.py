# Stacks the states along axis 0, returning (time steps, batch, units) instead of (batch, time steps, units); wrong for return_sequences=True whenever batch > 1 (a shape error only shows when batch != T).
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    h = np.zeros((inputs.shape[0], recurrent_kernel.shape[0]))
    states = []
    for t in range(inputs.shape[1]):
        h = np.tanh(np.dot(inputs[:, t], kernel) + np.dot(h, recurrent_kernel) + bias)
        states.append(h)
    if return_sequences:
        return np.array(states)
    return h
