# Correct: squares in float32 for float32 tensors, float64 otherwise, and returns a NumPy scalar (float32 for float32 weights).
def l2_penalty(weights, factor):
    """Return factor * the sum of squares of every array in ``weights``."""
    total = np.float32(0.0) if all(w.dtype == np.float32 for w in weights) else np.float64(0.0)
    for w in weights:
        w = w if w.dtype == np.float32 else w.astype(np.float64)
        total = total + np.einsum("i,i->", w.ravel(), w.ravel())
    return total.dtype.type(factor) * total
