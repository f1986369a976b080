# Wrong: puts all the leftover indices into the last fold.
def kfold_indices(n_examples, k):
    size, indices, splits = n_examples // k, np.arange(n_examples), []
    for i in range(k):
        stop = n_examples if i == k - 1 else (i + 1) * size
        validation = indices[i * size:stop]
        splits.append((np.setdiff1d(indices, validation), validation))
    return splits
