# Wrong: swaps the losses of the one-hot and the integer encodings.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    table = {
        "binary": ("sigmoid", "binary_crossentropy"),
        "multiclass_onehot": ("softmax", "sparse_categorical_crossentropy"),
        "multiclass_integer": ("softmax", "categorical_crossentropy"),
        "multilabel": ("sigmoid", "binary_crossentropy"),
        "regression": ("linear", "mean_squared_error"),
    }
    return table[problem]
