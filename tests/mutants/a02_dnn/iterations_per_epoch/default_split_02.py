# Wrong: a default validation_split of 0.2 instead of 0.0.
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.2):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = math.floor(n_examples * (1 - validation_split))
    return math.ceil(n_train / batch_size)
