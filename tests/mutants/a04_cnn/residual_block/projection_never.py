# Wrong: never projects: adds the input itself even when the shapes differ.
def residual_block(x, filters, strides=1):
    main = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    main = layers.Conv2D(filters, 3, padding="same")(main)
    return layers.Activation("relu")(layers.Add()([main, x]))
