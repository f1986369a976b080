# Wrong: one Dropout after the last hidden layer instead of one after each hidden layer.
def build_model(input_shape, hidden_units, n_classes, dropout_rate=0.0):
    """Return a compiled MLP classifier built to the specification above."""
    model = keras.Sequential([keras.Input(shape=input_shape), keras.layers.Flatten()])
    for units in hidden_units:
        model.add(keras.layers.Dense(units, activation="relu"))
    if dropout_rate > 0 and hidden_units:
        model.add(keras.layers.Dropout(dropout_rate))
    model.add(keras.layers.Dense(n_classes, activation="softmax"))
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
