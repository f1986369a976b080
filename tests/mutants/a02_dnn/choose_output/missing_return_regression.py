# Wrong: the regression branch forgets to return, so it gives None.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    if problem == "binary":
        return "sigmoid", "binary_crossentropy"
    elif problem == "multiclass_onehot":
        return "softmax", "categorical_crossentropy"
    elif problem == "multiclass_integer":
        return "softmax", "sparse_categorical_crossentropy"
    elif problem == "multilabel":
        return "sigmoid", "binary_crossentropy"
    elif problem == "regression":
        activation, loss = "linear", "mean_squared_error"
