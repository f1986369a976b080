# Calls keras.layers.SimpleRNN with the given weights: right values (in float32) but the task says "Use NumPy only".
def simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False):
    """Run a tanh SimpleRNN over ``inputs``; return the last state or every state."""
    inputs = np.asarray(inputs, dtype="float32")
    layer = keras.layers.SimpleRNN(kernel.shape[1], return_sequences=return_sequences)
    layer.build(inputs.shape)
    layer.set_weights([kernel, recurrent_kernel, bias])
    return keras.ops.convert_to_numpy(layer(inputs))
