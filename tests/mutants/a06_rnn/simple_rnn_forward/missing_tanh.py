# Wrong: forgets the tanh, so the recurrence is linear.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    inputs = np.asarray(inputs, dtype="float64")
    state = np.zeros((inputs.shape[0], recurrent_kernel.shape[0]))
    states = []
    for t in range(inputs.shape[1]):
        state = inputs[:, t] @ kernel + state @ recurrent_kernel + bias
        states.append(state)
    return np.stack(states, axis=1) if return_sequences else state
