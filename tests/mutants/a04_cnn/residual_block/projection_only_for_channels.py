# Wrong: projects only when the channels change, and subsamples the identity by slicing otherwise.
def residual_block(x, filters, strides=1):
    main = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    main = layers.Conv2D(filters, 3, padding="same")(main)
    if x.shape[-1] == filters:
        shortcut = x[:, ::strides, ::strides, :] if strides > 1 else x
    else:
        shortcut = layers.Conv2D(filters, 1, strides=strides)(x)
    return layers.Activation("relu")(layers.Add()([main, shortcut]))
