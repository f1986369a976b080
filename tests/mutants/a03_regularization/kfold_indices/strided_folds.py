# Wrong: takes every k-th index for a fold, not consecutive blocks.
def kfold_indices(n_examples, k):
    indices = np.arange(n_examples)
    return [(np.setdiff1d(indices, indices[i::k]), indices[i::k]) for i in range(k)]
