# Wrong: every fold has n // k indices, so the last n % k indices are never validated.
def kfold_indices(n_examples, k):
    size, indices = n_examples // k, np.arange(n_examples)
    return [(np.setdiff1d(indices, indices[i * size:(i + 1) * size]), indices[i * size:(i + 1) * size]) for i in range(k)]
