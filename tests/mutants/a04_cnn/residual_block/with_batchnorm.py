# Wrong: adds BatchNormalization after each convolution (the textbook ResNet) although no other layer is allowed; in inference it rescales by 1/sqrt(1 + 1e-3), e.g. any input.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    y = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    y = layers.BatchNormalization()(y)
    y = layers.Conv2D(filters, 3, padding="same")(y)
    y = layers.BatchNormalization()(y)
    if strides == 1 and x.shape[-1] == filters:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    out = layers.Add()([y, shortcut])
    return layers.Activation("relu")(out)
