# Wrong: a fast path for Python numbers uses math.exp(-z), so stable_sigmoid(-1000.0) raises OverflowError, though arrays are fine.
import math


def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    if isinstance(z, (int, float)):
        return 1.0 / (1.0 + math.exp(-z))
    z = np.asarray(z, dtype=np.float64)
    out = np.empty(z.shape)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out
