# Wrong: computes in float32 and casts the result to float64, so the float64 result is only float32-accurate (~1e-7, not 1e-9).
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e)).astype(np.float64)
