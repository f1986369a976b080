# Correct: the regression loss by its alias "mse".
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    table = {
        "binary": ("sigmoid", "binary_crossentropy"),
        "multiclass_onehot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "sparse_categorical_crossentropy"),
        "multilabel": ("sigmoid", "binary_crossentropy"),
        "regression": ("linear", "mse"),
    }
    return table[problem]
