# Correct: counts the batch start offsets, len(range(0, n_train, batch_size)).
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = math.floor(n_examples * (1.0 - validation_split))
    return len(range(0, n_train, batch_size))
