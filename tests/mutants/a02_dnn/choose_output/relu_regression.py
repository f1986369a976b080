# Wrong: a ReLU output cannot predict negative targets.
def choose_output(problem):
    return {
        "binary": ("sigmoid", "binary_crossentropy"),
        "multiclass_onehot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "sparse_categorical_crossentropy"),
        "multilabel": ("sigmoid", "binary_crossentropy"),
        "regression": ("relu", "mean_squared_error"),
    }[problem]
