# Wrong: validation slice idx[start:stop + 1] takes one index too many, so consecutive folds overlap (n=6, k=3, round 0 validates on [0, 1, 2]).
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    sizes = [n_examples // k + (1 if i < n_examples % k else 0) for i in range(k)]
    idx = np.arange(n_examples)
    out, start = [], 0
    for s in sizes:
        stop = start + s
        val = idx[start:stop + 1]
        out.append((np.setdiff1d(idx, val), val))
        start = stop
    return out
