# Wrong: tanh as 1 - 2 / (exp(2a) + 1): right values, but np.exp overflows and warns for pre-activations above 355.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    inputs = np.asarray(inputs, dtype="float64")
    state = np.zeros((inputs.shape[0], recurrent_kernel.shape[0]))
    states = []
    for t in range(inputs.shape[1]):
        a = inputs[:, t] @ kernel + state @ recurrent_kernel + bias
        state = 1.0 - 2.0 / (np.exp(2.0 * a) + 1.0)
        states.append(state)
    return np.stack(states, axis=1) if return_sequences else state
