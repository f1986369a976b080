# Correct: reads c_in with keras.ops.shape, spells out every default argument (kernel_size=, use_bias=True, activation="linear"), and builds the layers before calling them.
def residual_block(x, filters, strides=1):
    """Return the output tensor of a residual block applied to the Keras tensor ``x``."""
    c_in = keras.ops.shape(x)[-1]
    first = layers.Conv2D(filters=filters, kernel_size=3, strides=strides, padding="same", activation="relu", use_bias=True)
    second = layers.Conv2D(filters=filters, kernel_size=3, strides=1, padding="same", activation="linear", use_bias=True)
    projection = None
    if not (strides == 1 and c_in == filters):
        projection = layers.Conv2D(filters=filters, kernel_size=1, strides=strides, activation=None, use_bias=True)
    fx = second(first(x))
    skip = x if projection is None else projection(x)
    return layers.Activation(activation="relu")(layers.Add()([fx, skip]))
