# Wrong: returns Python lists of indices instead of integer NumPy arrays (right numbers, wrong type, any n, k).
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    sizes = [n_examples // k + (1 if i < n_examples % k else 0) for i in range(k)]
    out, start = [], 0
    for s in sizes:
        val = list(range(start, start + s))
        train = [j for j in range(n_examples) if j < start or j >= start + s]
        out.append((train, val))
        start += s
    return out
