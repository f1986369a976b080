# Correct: an if/elif chain grouping the problems by output type.
def choose_output(problem):
    """Return (output activation, loss) for a problem type."""
    if problem in ("binary", "multilabel"):
        return ("sigmoid", "binary_crossentropy")
    if problem in ("multiclass_onehot", "multiclass_integer"):
        loss = "sparse_categorical_crossentropy" if problem.endswith("integer") else "categorical_crossentropy"
        return ("softmax", loss)
    if problem == "regression":
        return ("linear", "mean_squared_error")
    raise ValueError(f"unknown problem {problem!r}")
