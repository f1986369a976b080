# Correct: the squared Euclidean norm of each flattened tensor, np.linalg.norm(w.ravel()) ** 2.
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    return float(factor * sum(np.linalg.norm(np.ravel(np.asarray(w, dtype=np.float64))) ** 2 for w in weights))
