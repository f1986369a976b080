# Correct: int32 index arrays, an integer dtype other than scikit-learn's int64.
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    idx = np.arange(n_examples, dtype=np.int32)
    return [(np.setdiff1d(idx, val), val) for val in np.array_split(idx, k)]
