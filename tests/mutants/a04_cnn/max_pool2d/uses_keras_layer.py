# Wrong: calls the real keras.layers.MaxPooling2D although parts 1 to 3 must use NumPy only (and returns float32); numerically right on any float input.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    layer = layers.MaxPooling2D(pool_size=pool_size, strides=strides, padding=padding)
    return keras.ops.convert_to_numpy(layer(np.asarray(inputs, dtype="float32")))
