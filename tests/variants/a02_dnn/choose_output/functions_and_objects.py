# Correct: the Keras functions and loss objects themselves instead of their names.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    if problem in ("binary", "multilabel"):
        return keras.activations.sigmoid, keras.losses.BinaryCrossentropy()
    if problem == "multiclass_onehot":
        return keras.activations.softmax, keras.losses.CategoricalCrossentropy()
    if problem == "multiclass_integer":
        return keras.activations.softmax, keras.losses.sparse_categorical_crossentropy
    return keras.activations.linear, keras.losses.MeanSquaredError()
