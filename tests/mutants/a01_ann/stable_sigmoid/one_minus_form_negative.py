# Wrong: uses 1 - 1/(1 + e^z) for z < 0 (algebraically equal) which cancels to 0: z = -50.0 gives 0.0 instead of 1.9287e-22 (passes any atol-based check).
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    out[~pos] = 1.0 - 1.0 / (1.0 + np.exp(z[~pos]))
    return out
