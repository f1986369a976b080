# Wrong: starts each training set from np.array([]), a float array, so the training indices come out as floats.
def kfold_indices(n_examples, k):
    indices = np.arange(n_examples)
    splits, start = [], 0
    for fold in range(k):
        size = n_examples // k + (1 if fold < n_examples % k else 0)
        validation = indices[start:start + size]
        train = np.array([])
        for other in range(n_examples):
            if not start <= other < start + size:
                train = np.append(train, other)
        splits.append((train, validation))
        start += size
    return splits
