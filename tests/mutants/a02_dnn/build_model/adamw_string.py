# Wrong: the optimizer "adamw" (AdamW, a subclass of Adam), where the contract asks for exactly Adam.
def build_model(input_shape, hidden_units, n_classes, dropout_rate=0.0):
    model = keras.Sequential([keras.Input(shape=input_shape), keras.layers.Flatten()])
    for units in hidden_units:
        model.add(keras.layers.Dense(units, activation="relu"))
        if dropout_rate > 0:
            model.add(keras.layers.Dropout(dropout_rate))
    model.add(keras.layers.Dense(n_classes, activation="softmax"))
    model.compile(optimizer="adamw", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
