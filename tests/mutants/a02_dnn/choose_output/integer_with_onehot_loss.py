# Wrong: integer labels with the one-hot loss.
def choose_output(problem):
    return {
        "binary": ("sigmoid", "binary_crossentropy"),
        "multiclass_onehot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "categorical_crossentropy"),
        "multilabel": ("sigmoid", "binary_crossentropy"),
        "regression": ("linear", "mean_squared_error"),
    }[problem]
