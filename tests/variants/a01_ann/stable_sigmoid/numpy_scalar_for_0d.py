# Correct: returns out[()], a np.float64 scalar for a 0-d input (the contract accepts it as a 0-d array).
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z, dtype=np.float64)
    out = np.empty(z.shape)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out[()]
