# Wrong: a binary loss that expects logits (from_logits=True) after a sigmoid, which applies the sigmoid twice.
def choose_output(problem):
    return {
        "binary": ("sigmoid", keras.losses.BinaryCrossentropy(from_logits=True)),
        "multiclass_onehot": ("softmax", "categorical_crossentropy"),
        "multiclass_integer": ("softmax", "sparse_categorical_crossentropy"),
        "multilabel": ("sigmoid", "binary_crossentropy"),
        "regression": ("linear", "mean_squared_error"),
    }[problem]
