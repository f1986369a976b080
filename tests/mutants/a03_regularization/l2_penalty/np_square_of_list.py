# Wrong: np.square(weights) on the whole list works only when every array has the same shape: a kernel (3, 4) plus a bias (4,) raises ValueError (inhomogeneous shape).
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    return float(factor * np.sum(np.square(weights)))
