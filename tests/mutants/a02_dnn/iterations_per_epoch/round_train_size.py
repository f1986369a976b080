# Wrong: rounds the training size to the nearest integer instead of down.
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = round(n_examples * (1 - validation_split))
    return math.ceil(n_train / batch_size)
