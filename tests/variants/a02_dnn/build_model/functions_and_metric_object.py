# Correct: keras.ops activations, the loss as the function keras.losses.sparse_categorical_crossentropy, the metric as an object.
def build_model(input_shape, hidden_units, n_classes, dropout_rate=0.0):
    """Return a compiled MLP classifier built to the specification above."""
    stack = [keras.Input(shape=input_shape), keras.layers.Flatten()]
    for units in hidden_units:
        stack.append(keras.layers.Dense(units, activation=keras.ops.relu))
        if dropout_rate:
            stack.append(keras.layers.Dropout(rate=dropout_rate))
    stack.append(keras.layers.Dense(n_classes, activation=keras.ops.softmax))
    model = keras.Sequential(stack, name="mlp")
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-3),
        loss=keras.losses.sparse_categorical_crossentropy,
        metrics=[keras.metrics.SparseCategoricalAccuracy()],
    )
    return model
