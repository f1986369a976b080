# Correct: layers with names of their own (the tests find them by type), keras.ops.add and keras.ops.relu on the tensors.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    main = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu", name="main_first")(x)
    main = layers.Conv2D(filters, 3, padding="same", name="main_second")(main)
    shortcut = x
    if strides > 1 or x.shape[-1] != filters:
        shortcut = layers.Conv2D(filters, 1, strides=strides, name="shortcut_projection")(x)
    return keras.ops.relu(keras.ops.add(main, shortcut))
