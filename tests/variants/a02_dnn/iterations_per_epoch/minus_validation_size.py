# Correct: n minus the validation size ceil(n * split), equal to floor(n * (1 - split)) in exact arithmetic.
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = n_examples - math.ceil(n_examples * validation_split)
    return math.ceil(n_train / batch_size)
