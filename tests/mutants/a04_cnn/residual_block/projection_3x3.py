# Wrong: uses a 3x3 "same" convolution for the projection instead of a 1x1 one; e.g. (None, 8, 8, 3) with filters=4 gets 3*3*3*4+4 parameters there instead of 3*4+4.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    y = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    y = layers.Conv2D(filters, 3, padding="same")(y)
    if strides == 1 and x.shape[-1] == filters:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 3, strides=strides, padding="same")(x)
    out = layers.Add()([y, shortcut])
    return layers.Activation("relu")(out)
