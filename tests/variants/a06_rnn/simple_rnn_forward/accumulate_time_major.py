# Correct: time-major (np.moveaxis) and itertools.accumulate over the steps, with np.tensordot for the products.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    import itertools

    x = np.moveaxis(np.asarray(inputs, dtype=np.float64), 1, 0)  # (T, batch, features)
    h0 = np.zeros((x.shape[1], np.shape(kernel)[1]))
    step = lambda h, x_t: np.tanh(np.tensordot(x_t, kernel, 1) + np.tensordot(h, recurrent_kernel, 1) + bias)
    states = list(itertools.accumulate(x, step, initial=h0))[1:]
    if return_sequences:
        return np.moveaxis(np.array(states), 0, 1)
    return states[-1]
