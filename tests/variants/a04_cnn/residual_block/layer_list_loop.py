# Correct: the main path as a list of layers applied in a loop, the shortcut chosen with a conditional expression, activation given as keras.activations.relu.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    main_path = [
        layers.Conv2D(filters, 3, strides=strides, padding="same", activation=keras.activations.relu),
        layers.Conv2D(filters, 3, padding="same"),
    ]
    y = x
    for layer in main_path:
        y = layer(y)
    identity = strides == 1 and int(x.shape[-1]) == int(filters)
    shortcut = x if identity else layers.Conv2D(filters, 1, strides=strides)(x)
    merged = layers.Add()([y, shortcut])
    return layers.Activation(keras.activations.relu)(merged)
