# Wrong: drops the biases (use_bias=False, as is usual before BatchNorm) although the task says keep Keras's default biases; the Conv2D layers have one weight instead of two, e.g. any input.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    y = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu", use_bias=False)(x)
    y = layers.Conv2D(filters, 3, padding="same", use_bias=False)(y)
    if strides == 1 and x.shape[-1] == filters:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides, use_bias=False)(x)
    out = layers.Add()([y, shortcut])
    return layers.Activation("relu")(out)
