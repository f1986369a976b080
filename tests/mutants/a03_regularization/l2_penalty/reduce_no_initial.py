# Wrong: functools.reduce without an initial value: an empty list of weights raises TypeError instead of returning 0.0.
import functools


def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    return float(factor * functools.reduce(lambda a, b: a + b, [np.sum(w ** 2) for w in weights]))
