# Wrong: calls Keras (forbidden: NumPy only); Keras casts to float32, so the result is float32 and loses precision, e.g. z = np.array([0.1]) or z = -50.0 (relative error ~1e-7 and a float32 dtype).
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    return keras.ops.convert_to_numpy(keras.ops.sigmoid(keras.ops.convert_to_tensor(z)))
