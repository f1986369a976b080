# Correct: divmod, the full batches plus one when there is a remainder.
import math


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = int(math.floor(n_examples * (1 - validation_split)))
    full, rest = divmod(n_train, int(batch_size))
    return int(full + (1 if rest else 0))
