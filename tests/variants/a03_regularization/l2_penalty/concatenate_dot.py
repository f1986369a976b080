# Correct: every tensor flattened into one float64 vector, dotted with itself (an empty list handled).
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    if len(weights) == 0:
        return 0.0
    flat = np.concatenate([np.asarray(w, dtype=np.float64).ravel() for w in weights])
    return float(factor * (flat @ flat))
