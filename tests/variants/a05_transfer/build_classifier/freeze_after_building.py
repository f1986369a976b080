# Correct: builds the graph first and freezes the base afterwards; the input shape from base.inputs[0].
def build_classifier(base, n_classes):
    # Return a model: frozen `base` (inference mode), global average pooling, softmax Dense.
    inputs = keras.Input(shape=tuple(base.inputs[0].shape[1:]))
    features = base(inputs, training=False)
    pooled = layers.GlobalAveragePooling2D()(features)
    probabilities = layers.Dense(n_classes, activation="softmax")(pooled)
    model = keras.Model(inputs=inputs, outputs=probabilities)
    base.trainable = False
    return model
