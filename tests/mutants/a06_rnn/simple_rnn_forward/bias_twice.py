# Adds the bias twice per step (once with the input term, once with the recurrent term, PyTorch b_ih + b_hh style, but Keras has one bias); wrong for any nonzero bias.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    batch, steps, _ = inputs.shape
    h = np.zeros((batch, kernel.shape[1]))
    outputs = []
    for t in range(steps):
        input_part = inputs[:, t] @ kernel + bias
        recurrent_part = h @ recurrent_kernel + bias
        h = np.tanh(input_part + recurrent_part)
        outputs.append(h)
    return np.stack(outputs, axis=1) if return_sequences else h
