# Correct: np.array_split (which also puts the extra indices in the first folds) and np.setdiff1d.
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    idx = np.arange(n_examples)
    return [(np.setdiff1d(idx, val), val) for val in np.array_split(idx, k)]
