# Wrong: returns (loss, activation), the pair in the wrong order.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    table = {
        "binary": ("sigmoid", "binary_crossentropy"),
        "multiclass_onehot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "sparse_categorical_crossentropy"),
        "multilabel": ("sigmoid", "binary_crossentropy"),
        "regression": ("linear", "mean_squared_error"),
    }
    activation, loss = table[problem]
    return loss, activation
