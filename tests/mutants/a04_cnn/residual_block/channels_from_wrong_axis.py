# Wrong: reads c_in from x.shape[1] (the height) instead of x.shape[-1]; e.g. x of shape (None, 4, 4, 3) with filters=4 picks the identity and Add() fails, and x of shape (None, 8, 8, 4) with filters=4 gets a needless projection.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    c_in = x.shape[1]
    y = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    y = layers.Conv2D(filters, 3, padding="same")(y)
    if strides == 1 and c_in == filters:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    out = layers.Add()([y, shortcut])
    return layers.Activation("relu")(out)
