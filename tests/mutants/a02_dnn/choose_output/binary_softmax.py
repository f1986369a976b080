# Wrong: a one-unit softmax always outputs 1.
def choose_output(problem):
    return {
        "binary": ("softmax", "binary_crossentropy"),
        "multiclass_onehot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "sparse_categorical_crossentropy"),
        "multilabel": ("sigmoid", "binary_crossentropy"),
        "regression": ("linear", "mean_squared_error"),
    }[problem]
