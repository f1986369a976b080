# Correct: Python loops building lists, converted to int64 arrays at the end.
def kfold_indices(n_examples, k):
    """Return the k (train, validation) index pairs of unshuffled K-fold."""
    result = []
    start = 0
    for i in range(k):
        size = n_examples // k + (1 if i < n_examples % k else 0)
        val = [j for j in range(start, start + size)]
        train = [j for j in range(n_examples) if not (start <= j < start + size)]
        result.append((np.array(train, dtype=np.int64), np.array(val, dtype=np.int64)))
        start += size
    return result
