# Correct: a fold number per index (np.repeat of the fold sizes), then boolean masks with np.flatnonzero.
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    sizes = np.full(k, n_examples // k)
    sizes[: n_examples % k] += 1
    fold_of = np.repeat(np.arange(k), sizes)
    return [(np.flatnonzero(fold_of != i), np.flatnonzero(fold_of == i)) for i in range(k)]
