# Wrong: builds the training indices as "after the fold, then before it", which is not sorted for middle folds (n=6, k=3, round 1 gives train [4, 5, 0, 1]).
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    folds = np.array_split(np.arange(n_examples), k)
    out = []
    for i, val in enumerate(folds):
        before = np.concatenate(folds[:i]) if i > 0 else np.array([], dtype=int)
        after = np.concatenate(folds[i + 1:]) if i < k - 1 else np.array([], dtype=int)
        out.append((np.concatenate([after, before]).astype(int), val))
    return out
