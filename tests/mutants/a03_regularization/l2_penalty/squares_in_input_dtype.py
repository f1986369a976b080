# Wrong: squares each tensor in its own dtype (w * w): int8 or int16 weights overflow without a warning.
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    total = 0
    for w in weights:
        total = total + np.sum(w * w)
    return factor * total
