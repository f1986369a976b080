# Wrong: rounds the batch count to the nearest integer instead of rounding up.
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = math.floor(n_examples * (1 - validation_split))
    return round(n_train / batch_size)
