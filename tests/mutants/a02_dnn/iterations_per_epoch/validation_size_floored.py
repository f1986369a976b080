# Wrong: floors the validation size int(n * split), so the training set keeps one example too many.
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_val = int(n_examples * validation_split)
    return math.ceil((n_examples - n_val) / batch_size)
