# Wrong: applies softmax to the pooled features and leaves the Dense layer linear.
def build_classifier(base, n_classes):
    base.trainable = False
    inputs = keras.Input(shape=base.input_shape[1:])
    x = base(inputs, training=False)
    x = layers.Softmax()(layers.GlobalAveragePooling2D()(x))
    outputs = layers.Dense(n_classes)(x)
    return keras.Model(inputs, outputs)
