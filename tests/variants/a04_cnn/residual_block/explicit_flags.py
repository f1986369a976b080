# Correct: named intermediate layers, a boolean `needs_projection`, Add() with the shortcut listed first (addition commutes), kernel sizes and strides written as tuples.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    c_in = x.shape[-1]
    conv_a = layers.Conv2D(filters, (3, 3), strides=(strides, strides), padding="same", activation="relu")
    conv_b = layers.Conv2D(filters, (3, 3), strides=(1, 1), padding="same", activation=None)
    main = conv_b(conv_a(x))
    needs_projection = strides != 1 or c_in != filters
    if needs_projection:
        shortcut = layers.Conv2D(filters, (1, 1), strides=(strides, strides), padding="valid")(x)
    else:
        shortcut = x
    return layers.Activation("relu")(layers.Add()([shortcut, main]))
