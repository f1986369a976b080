# Wrong: uses ceil(n/k) for every fold, so the last folds are short (or empty): n=10, k=4 gives sizes 3, 3, 3, 1 instead of 3, 3, 2, 2.
import math


def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    size = math.ceil(n_examples / k)
    idx = np.arange(n_examples)
    out = []
    for i in range(k):
        val = idx[i * size:(i + 1) * size]
        train = np.setdiff1d(idx, val)
        out.append((train, val))
    return out
