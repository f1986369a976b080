# Wrong: a typo in a key ("multiclass_one_hot"), so choose_output("multiclass_onehot") raises KeyError.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    table = {
        "binary": ("sigmoid", "binary_crossentropy"),
        "multiclass_one_hot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "sparse_categorical_crossentropy"),
        "multilabel": ("sigmoid", "binary_crossentropy"),
        "regression": ("linear", "mean_squared_error"),
    }
    return table[problem]
