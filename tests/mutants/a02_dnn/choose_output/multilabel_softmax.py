# Wrong: multi-label targets get a softmax, which forces the labels to compete.
def choose_output(problem):
    return {
        "binary": ("sigmoid", "binary_crossentropy"),
        "multiclass_onehot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "sparse_categorical_crossentropy"),
        "multilabel": ("softmax", "categorical_crossentropy"),
        "regression": ("linear", "mean_squared_error"),
    }[problem]
