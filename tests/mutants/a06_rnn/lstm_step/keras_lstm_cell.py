# Calls keras.layers.LSTMCell with the given weights: right values (float32) but forbidden by "Use NumPy only".
def lstm_step(x_t, h, c, kernel, recurrent_kernel, bias):
    """Return (new hidden state, new cell state) after one LSTM time step."""
    cell = keras.layers.LSTMCell(h.shape[1])
    cell.build(x_t.shape)
    cell.set_weights([kernel, recurrent_kernel, bias])
    _, (h_t, c_t) = cell(x_t.astype("float32"), [h.astype("float32"), c.astype("float32")])
    return np.asarray(h_t), np.asarray(c_t)
