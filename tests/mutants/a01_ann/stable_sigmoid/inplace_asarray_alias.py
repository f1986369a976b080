# Wrong: np.asarray(z, dtype=float) does not copy a float64 array, and the result is written back into it: the caller's array np.array([-1.0, 2.0]) is overwritten with its sigmoid.
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z, dtype=np.float64)
    pos = z >= 0
    neg = ~pos
    ez = np.exp(z[neg])
    z[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    z[neg] = ez / (1.0 + ez)
    return z
