# Correct: a match statement, sigmoid problems grouped in one case.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    match problem:
        case "binary" | "multilabel":
            return "sigmoid", "binary_crossentropy"
        case "multiclass_onehot":
            return "softmax", "categorical_crossentropy"
        case "multiclass_integer":
            return "softmax", "sparse_categorical_crossentropy"
        case "regression":
            return "linear", "mean_squared_error"
        case _:
            raise ValueError(problem)
