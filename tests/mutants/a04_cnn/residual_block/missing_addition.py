# Wrong: forgets the skip connection: returns ReLU(F(x)), a plain block.
def residual_block(x, filters, strides=1):
    main = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
    main = layers.Conv2D(filters, 3, padding="same")(main)
    return layers.Activation("relu")(main)
