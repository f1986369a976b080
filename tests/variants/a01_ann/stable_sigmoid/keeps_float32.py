# Correct: computes in float32 when given float32 (as Keras does), float64 otherwise.
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z)
    z = z.astype(np.float32 if z.dtype == np.float32 else np.float64)
    result = np.empty_like(z)
    positive = z >= 0
    result[positive] = 1 / (1 + np.exp(-z[positive]))
    exponential = np.exp(z[~positive])
    result[~positive] = exponential / (1 + exponential)
    return result
