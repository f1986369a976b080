# Wrong: applies the ReLU to the main path before the addition, not to the sum.
def residual_block(x, filters, strides=1):
    main = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    main = layers.Conv2D(filters, 3, padding="same", activation="relu")(main)
    if strides == 1 and x.shape[-1] == filters:
        shortcut = x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    return layers.Add()([main, shortcut])
