# Wrong: decides the shortcut on the spatial size only (the identity whenever the stride keeps height and width), so a change of channels goes unprojected and Add() fails.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    main = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    main = layers.Conv2D(filters, 3, padding="same")(main)
    if main.shape[1:3] == x.shape[1:3]:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    return layers.Activation("relu")(layers.Add()([main, shortcut]))
