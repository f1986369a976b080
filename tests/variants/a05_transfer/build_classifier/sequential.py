# Correct: a keras.Sequential of the base, the pooling and the Dense head, which the contract accepts.
def build_classifier(base, n_classes):
    # Return a model: frozen `base` (inference mode), global average pooling, softmax Dense.
    base.trainable = False
    return keras.Sequential([
        keras.Input(shape=base.input_shape[1:]),
        base,
        layers.GlobalAveragePooling2D(),
        layers.Dense(n_classes, activation="softmax"),
    ])
