# Wrong: always projects the shortcut with a 1x1 convolution, even when the identity fits.
def residual_block(x, filters, strides=1):
    main = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    main = layers.Conv2D(filters, 3, padding="same")(main)
    shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    return layers.Activation("relu")(layers.Add()([main, shortcut]))
