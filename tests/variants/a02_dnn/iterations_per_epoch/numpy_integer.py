# Correct: NumPy arithmetic, returning a NumPy integer.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = np.int64(np.floor(n_examples * (1 - validation_split)))
    return (n_train + batch_size - 1) // batch_size
