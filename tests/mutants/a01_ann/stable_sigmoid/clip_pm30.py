# Wrong: clips z to [-30, 30] before the naive formula: z = -50.0 gives 9.36e-14 instead of 1.93e-22 (and 1 - 9.4e-14 at z = 50); only a relative check sees it.
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.clip(np.asarray(z, dtype=np.float64), -30.0, 30.0)
    return 1.0 / (1.0 + np.exp(-z))
