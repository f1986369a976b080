# Wrong: applies the split to the number of batches of the whole set, ceil(ceil(n / batch) * (1 - split)).
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    total_batches = math.ceil(n_examples / batch_size)
    return math.ceil(total_batches * (1 - validation_split))
