# Correct: layer objects made first, then chained; softmax as keras.activations.softmax; named layers; batch_shape.
def build_classifier(base, n_classes):
    # Return a model: frozen `base` (inference mode), global average pooling, softmax Dense.
    base.trainable = False
    pool = layers.GlobalAveragePooling2D(name="pool")
    head = layers.Dense(n_classes, activation=keras.activations.softmax, name="head")
    inputs = keras.Input(batch_shape=(None,) + tuple(base.input_shape[1:]), name="image")
    outputs = head(pool(base(inputs, training=False)))
    return keras.Model(inputs, outputs, name="classifier")
