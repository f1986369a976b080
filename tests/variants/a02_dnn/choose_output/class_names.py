# Correct: the losses by their Keras class names ("BinaryCrossentropy", ...), which keras.losses.get accepts.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    table = {
        "binary": ("sigmoid", "BinaryCrossentropy"),
        "multiclass_onehot": ("softmax", "CategoricalCrossentropy"),
        "multiclass_integer": ("softmax", "SparseCategoricalCrossentropy"),
        "multilabel": ("sigmoid", "BinaryCrossentropy"),
        "regression": ("linear", "MeanSquaredError"),
    }
    return table[problem]
