# Correct: separate ReLU() layers instead of activation=, the sum written with +, and a 1x1 projection with padding="same" (the same as "valid" for a 1x1 window).
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    main = layers.Conv2D(filters, 3, strides=strides, padding="same")(x)
    main = layers.ReLU()(main)
    main = layers.Conv2D(filters, 3, padding="same")(main)
    if strides != 1 or x.shape[-1] != filters:
        shortcut = layers.Conv2D(filters, 1, strides=strides, padding="same")(x)
    else:
        shortcut = x
    return layers.ReLU()(main + shortcut)
