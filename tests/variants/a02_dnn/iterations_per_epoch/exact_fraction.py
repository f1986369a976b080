# Correct: exact rational arithmetic with fractions.Fraction (the tests avoid the splits where Keras's float differs).
import math
from fractions import Fraction


def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    """Return the number of batches in one epoch of ``fit``."""
    n_train = math.floor(n_examples * (1 - Fraction(str(validation_split))))
    return math.ceil(Fraction(n_train, batch_size))
