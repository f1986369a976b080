# Correct: the whole layer list built first (a comprehension) and passed to the keras.Sequential constructor.
def build_model(input_shape, hidden_units, n_classes, dropout_rate=0.0):
    """Return a compiled MLP classifier built to the specification above."""
    hidden = [layer
              for units in hidden_units
              for layer in ([keras.layers.Dense(units, activation="relu")]
                            + ([keras.layers.Dropout(dropout_rate)] if dropout_rate > 0 else []))]
    model = keras.Sequential(
        [keras.Input(shape=input_shape), keras.layers.Flatten(), *hidden,
         keras.layers.Dense(n_classes, activation="softmax")]
    )
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
