# Correct: keras.Input(shape=base.input.shape[1:]) and the Dense layer built with keyword arguments.
def build_classifier(base, n_classes):
    # Return a model: frozen `base` (inference mode), global average pooling, softmax Dense.
    base.trainable = False
    x_in = keras.Input(shape=base.input.shape[1:])
    x = base(x_in, training=False)
    x = layers.GlobalAveragePooling2D()(x)
    x_out = layers.Dense(units=n_classes, activation="softmax")(x)
    return keras.Model(inputs=x_in, outputs=x_out)
