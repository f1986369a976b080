# Wrong: a generator (yield), like KFold.split, instead of the list the text asks for: len() fails and it can be consumed only once.
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    idx = np.arange(n_examples)
    for val in np.array_split(idx, k):
        yield np.setdiff1d(idx, val), val
