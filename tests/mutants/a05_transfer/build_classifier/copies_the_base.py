# Wrong: builds the model on a frozen copy of the base, so unfreezing the base later does not reach the model.
def build_classifier(base, n_classes):
    base.trainable = False
    copy = keras.models.clone_model(base)
    copy.set_weights(base.get_weights())
    copy.trainable = False
    inputs = keras.Input(shape=base.input_shape[1:])
    x = copy(inputs, training=False)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(n_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)
