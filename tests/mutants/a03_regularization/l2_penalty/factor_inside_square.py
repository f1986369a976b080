# Wrong: puts the factor inside the square, sum((factor*w)^2) = factor^2 * sum(w^2): wrong unless factor is 0 or 1 (e.g. factor=0.01).
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    return float(sum(np.sum((factor * w) ** 2) for w in weights))
