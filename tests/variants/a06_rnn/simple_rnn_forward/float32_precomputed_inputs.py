# Correct: everything in float32 (as Keras computes), the input projection x W + b precomputed for all steps with einsum, then a time loop.
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    x = np.asarray(inputs, dtype=np.float32)
    W = np.asarray(kernel, dtype=np.float32)
    U = np.asarray(recurrent_kernel, dtype=np.float32)
    b = np.asarray(bias, dtype=np.float32)
    xw = np.einsum("btf,fu->btu", x, W) + b
    h = np.zeros((x.shape[0], W.shape[1]), dtype=np.float32)
    seq = np.empty((x.shape[0], x.shape[1], W.shape[1]), dtype=np.float32)
    for t in range(x.shape[1]):
        h = np.tanh(xw[:, t] + h @ U)
        seq[:, t] = h
    return seq if return_sequences else h
