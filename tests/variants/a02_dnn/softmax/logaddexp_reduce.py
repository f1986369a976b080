# Correct: exp(z - logsumexp(z)), the log-sum-exp from np.logaddexp.reduce over the last axis.
def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    z = np.asarray(logits, dtype=np.float64)
    lse = np.logaddexp.reduce(z, axis=-1, keepdims=True)
    return np.exp(z - lse)
