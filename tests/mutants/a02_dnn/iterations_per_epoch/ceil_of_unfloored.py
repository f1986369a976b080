# Wrong: never floors the training-set size, so a fractional example can add a batch.
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    return math.ceil(n_examples * (1 - validation_split) / batch_size)
