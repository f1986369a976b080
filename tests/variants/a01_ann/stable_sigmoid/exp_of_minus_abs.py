# Correct: one exponential of -|z|, which never overflows, then np.where between the two forms.
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z, dtype="float64")
    small = np.exp(-np.abs(z))  # at most 1
    return np.where(z >= 0, 1 / (1 + small), small / (1 + small))
