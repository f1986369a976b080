# Correct: a linear Dense layer followed by a layers.Softmax() layer, the input shape from base.inputs.
def build_classifier(base, n_classes):
    # Return a model: frozen `base` (inference mode), global average pooling, softmax Dense.
    base.trainable = False
    inputs = keras.Input(shape=tuple(base.inputs[0].shape[1:]))
    features = base(inputs, training=False)
    logits = layers.Dense(n_classes)(layers.GlobalAveragePooling2D()(features))
    return keras.Model(inputs, layers.Softmax()(logits))
