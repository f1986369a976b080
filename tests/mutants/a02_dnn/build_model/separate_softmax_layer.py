# Wrong: a linear output Dense followed by an Activation("softmax") layer, not the softmax inside the Dense.
def build_model(input_shape, hidden_units, n_classes, dropout_rate=0.0):
    """Return a compiled MLP classifier built to the specification above."""
    model = keras.Sequential([keras.Input(shape=input_shape), keras.layers.Flatten()])
    for units in hidden_units:
        model.add(keras.layers.Dense(units, activation="relu"))
        if dropout_rate > 0:
            model.add(keras.layers.Dropout(dropout_rate))
    model.add(keras.layers.Dense(n_classes))
    model.add(keras.layers.Activation("softmax"))
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
