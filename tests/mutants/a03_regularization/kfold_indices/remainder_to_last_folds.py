# Wrong: gives the n % k extra indices to the last folds instead of the first: n=10, k=4 gives sizes 2, 2, 3, 3 instead of 3, 3, 2, 2.
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    base, extra = divmod(n_examples, k)
    sizes = [base + (1 if i >= k - extra else 0) for i in range(k)]
    idx = np.arange(n_examples)
    out, start = [], 0
    for s in sizes:
        out.append((np.concatenate([idx[:start], idx[start + s:]]), idx[start:start + s]))
        start += s
    return out
