# Wrong: puts the stride on the second convolution of the main path.
def residual_block(x, filters, strides=1):
    main = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
    main = layers.Conv2D(filters, 3, strides=strides, padding="same")(main)
    if strides == 1 and x.shape[-1] == filters:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    return layers.Activation("relu")(layers.Add()([main, shortcut]))
