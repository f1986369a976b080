# Wrong: freezes the whole model, head included, so nothing can train.
def build_classifier(base, n_classes):
    inputs = keras.Input(shape=base.input_shape[1:])
    x = base(inputs, training=False)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(n_classes, activation="softmax")(x)
    model = keras.Model(inputs, outputs)
    model.trainable = False
    return model
