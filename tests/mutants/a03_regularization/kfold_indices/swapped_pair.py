# Wrong: returns (validation_indices, train_indices), the pair reversed (any n, k).
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    folds = np.array_split(np.arange(n_examples), k)
    return [(fold, np.concatenate(folds[:i] + folds[i + 1:])) for i, fold in enumerate(folds)]
