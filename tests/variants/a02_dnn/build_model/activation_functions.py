# Correct: activations given as the functions keras.activations.relu and softmax, the optimizer as "Adam".
def build_model(input_shape, hidden_units, n_classes, dropout_rate=0.0):
    """Return a compiled MLP classifier built to the specification above."""
    layers = [keras.Input(shape=tuple(input_shape)), keras.layers.Flatten()]
    for units in list(hidden_units):
        layers.append(keras.layers.Dense(units, activation=keras.activations.relu))
        if dropout_rate > 0:
            layers.append(keras.layers.Dropout(rate=dropout_rate))
    layers.append(keras.layers.Dense(n_classes, activation=keras.activations.softmax))
    model = keras.Sequential(layers)
    model.compile(optimizer="Adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
