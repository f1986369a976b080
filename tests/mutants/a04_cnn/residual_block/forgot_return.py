# Wrong: builds the block but forgets to `return` the output tensor (the function returns None).
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    main = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    main = layers.Conv2D(filters, 3, padding="same")(main)
    shortcut = x if strides == 1 and x.shape[-1] == filters else layers.Conv2D(filters, 1, strides=strides)(x)
    output = layers.Activation("relu")(layers.Add()([main, shortcut]))
