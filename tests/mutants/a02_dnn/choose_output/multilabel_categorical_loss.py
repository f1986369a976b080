# Wrong: multi-label targets with categorical cross-entropy, which treats the labels as exclusive classes.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    table = {
        "binary": ("sigmoid", "binary_crossentropy"),
        "multiclass_onehot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "sparse_categorical_crossentropy"),
        "multilabel": ("sigmoid", "categorical_crossentropy"),
        "regression": ("linear", "mean_squared_error"),
    }
    return table[problem]
