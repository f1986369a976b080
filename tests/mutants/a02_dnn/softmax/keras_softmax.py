# Wrong: calls Keras, where the part says NumPy only.
def softmax(logits):
    return keras.ops.convert_to_numpy(keras.ops.softmax(np.asarray(logits, dtype="float64"), axis=-1))
