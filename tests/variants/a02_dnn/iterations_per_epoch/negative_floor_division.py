# Correct: integer ceiling division -(-a // b), the training size floored by int() of a non-negative float.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = int(n_examples * (1.0 - validation_split))
    return -(-n_train // batch_size)
