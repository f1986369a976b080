# Correct: computes in float32 when every argument is float32 (as Keras does), in float64 otherwise, with einsum and a list of states.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    arrays = [np.asarray(a) for a in (inputs, kernel, recurrent_kernel, bias)]
    dtype = np.float32 if all(a.dtype == np.float32 for a in arrays) else np.float64
    inputs, kernel, recurrent_kernel, bias = (a.astype(dtype) for a in arrays)
    state = np.zeros((inputs.shape[0], kernel.shape[1]), dtype=dtype)
    states = []
    for x_t in np.swapaxes(inputs, 0, 1):
        state = np.tanh(np.einsum("bf,fu->bu", x_t, kernel) + np.einsum("bk,ku->bu", state, recurrent_kernel) + bias)
        states.append(state)
    return np.stack(states, axis=1) if return_sequences else states[-1]
