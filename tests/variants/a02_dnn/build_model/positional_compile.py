# Correct: compile called with positional arguments (the chapter's style is keywords, but the model is the same).
def build_model(input_shape, hidden_units, n_classes, dropout_rate=0.0):
    """Return a compiled MLP classifier built to the specification above."""
    model = keras.Sequential([keras.Input(shape=input_shape), keras.layers.Flatten()])
    for units in hidden_units:
        model.add(keras.layers.Dense(units, activation="relu"))
        if dropout_rate > 0:
            model.add(keras.layers.Dropout(dropout_rate))
    model.add(keras.layers.Dense(n_classes, activation="softmax"))
    model.compile("adam", "sparse_categorical_crossentropy", None, ["accuracy"])
    return model
