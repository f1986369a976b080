# Wrong: returns np.ceil(...), a float (4.0), where the task asks for an int.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = np.floor(n_examples * (1 - validation_split))
    return np.ceil(n_train / batch_size)
