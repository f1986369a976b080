# Wrong: precomputes x_t W + b into the caller's float array when features == units (a buffer reused in place), changing `inputs`.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    projected = np.asarray(inputs)
    if projected.dtype.kind == "f" and kernel.shape[0] == kernel.shape[1]:
        projected[...] = projected @ kernel + bias  # reuses the input's memory
    else:
        projected = projected @ kernel + bias
    state = np.zeros((projected.shape[0], recurrent_kernel.shape[0]))
    states = []
    for t in range(projected.shape[1]):
        state = np.tanh(projected[:, t] + state @ recurrent_kernel)
        states.append(state)
    return np.stack(states, axis=1) if return_sequences else state
