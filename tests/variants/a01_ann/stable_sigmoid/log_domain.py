# Correct: the log-domain identity sigma(z) = exp(-log(1 + exp(-z))), with np.logaddexp.
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z, dtype=np.float64)
    return np.exp(-np.logaddexp(0.0, -z))
