# Wrong: fold boundaries from np.linspace(0, n, k+1) truncated to int: n=10, k=4 gives boundaries 0, 2, 5, 7, 10 (sizes 2, 3, 2, 3 instead of 3, 3, 2, 2).
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    bounds = np.linspace(0, n_examples, k + 1).astype(int)
    idx = np.arange(n_examples)
    return [(np.concatenate([idx[:a], idx[b:]]), idx[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
