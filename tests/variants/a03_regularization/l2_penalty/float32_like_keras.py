# Correct: float32 arithmetic throughout, as keras.regularizers.L2 computes.
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    return float(sum(np.float32(factor) * np.sum(np.square(np.asarray(w, dtype=np.float32))) for w in weights))
