# Wrong: the training set still contains the validation fold.
def kfold_indices(n_examples, k):
    indices = np.arange(n_examples)
    return [(indices, validation) for validation in np.array_split(indices, k)]
