# Wrong: np.vectorize without otypes fails on empty input: stable_sigmoid(np.zeros(0)) raises ValueError ("cannot call `vectorize` on size 0 inputs").
import math


def _sig(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    return np.vectorize(_sig)(np.asarray(z, dtype=np.float64))
