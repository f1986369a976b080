# Wrong: calls the real Keras op (keras.ops.conv) although parts 1 to 3 must use NumPy only; numerically right (float32) but breaks the rule, e.g. on any input.
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    out = keras.ops.conv(
        keras.ops.convert_to_tensor(np.asarray(inputs, dtype="float32")),
        keras.ops.convert_to_tensor(np.asarray(kernel, dtype="float32")),
        strides=strides,
        padding=padding,
    )
    return keras.ops.convert_to_numpy(out) + np.asarray(bias)
