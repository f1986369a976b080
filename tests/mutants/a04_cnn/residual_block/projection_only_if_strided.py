# Wrong: decides the shortcut on the stride only, so with strides=1 and c_in != filters it uses the identity and Add() fails on mismatched shapes; e.g. x of shape (None, 8, 8, 3) with filters=4.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    y = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    y = layers.Conv2D(filters, 3, padding="same")(y)
    if strides == 1:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    out = layers.Add()([y, shortcut])
    return layers.Activation("relu")(out)
