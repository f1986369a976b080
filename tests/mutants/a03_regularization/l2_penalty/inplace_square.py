# Wrong: squares each array in place with np.square(w, out=w) to save memory: the caller's weights are overwritten by their squares (any float array).
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    total = 0.0
    for w in weights:
        np.square(w, out=w)
        total += float(w.sum())
    return factor * total
