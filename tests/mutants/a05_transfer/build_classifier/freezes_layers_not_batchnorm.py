# Wrong: freezes every layer of the base except BatchNormalization, whose scales and statistics still change.
def build_classifier(base, n_classes):
    for layer in base.layers:
        layer.trainable = isinstance(layer, layers.BatchNormalization)
    inputs = keras.Input(shape=base.input_shape[1:])
    x = base(inputs, training=False)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(n_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)
