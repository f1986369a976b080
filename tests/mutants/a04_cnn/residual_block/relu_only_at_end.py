# Wrong: leaves out the ReLU of the first convolution (activation only after the Add), so F is linear; e.g. (None, 8, 8, 4) with filters=4.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    y = layers.Conv2D(filters, 3, strides=strides, padding="same")(x)
    y = layers.Conv2D(filters, 3, padding="same")(y)
    if strides == 1 and x.shape[-1] == filters:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    out = layers.Add()([y, shortcut])
    return layers.Activation("relu")(out)
