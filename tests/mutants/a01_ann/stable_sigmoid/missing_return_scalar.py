# Wrong: separate scalar branch forgets its return: stable_sigmoid(0.5) (or any 0-d input) returns None.
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 0:
        if z >= 0:
            result = 1.0 / (1.0 + np.exp(-z))
        else:
            result = np.exp(z) / (1.0 + np.exp(z))
    else:
        out = np.empty(z.shape)
        pos = z >= 0
        out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
        ez = np.exp(z[~pos])
        out[~pos] = ez / (1.0 + ez)
        return out
