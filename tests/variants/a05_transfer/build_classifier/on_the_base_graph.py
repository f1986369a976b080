# Correct: puts the head on base.input and base.output; the model holds the base's own layers, frozen.
def build_classifier(base, n_classes):
    # Return a model: frozen `base` (inference mode), global average pooling, softmax Dense.
    base.trainable = False
    x = layers.GlobalAveragePooling2D()(base.output)
    outputs = layers.Dense(n_classes, activation="softmax")(x)
    return keras.Model(base.input, outputs)
