# Wrong: returns every state with return_sequences=True but forgets to return the last state otherwise (returns None).
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    inputs = np.asarray(inputs, dtype="float64")
    state = np.zeros((inputs.shape[0], recurrent_kernel.shape[0]))
    states = []
    for t in range(inputs.shape[1]):
        state = np.tanh(inputs[:, t] @ kernel + state @ recurrent_kernel + bias)
        states.append(state)
    if return_sequences:
        return np.stack(states, axis=1)
