# Correct: np.vdot(w, w) of each float64 tensor, accumulated in a Python loop.
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    total = 0.0
    for w in weights:
        w = np.asarray(w, dtype=np.float64)
        total += np.vdot(w, w)
    return float(factor * total)
