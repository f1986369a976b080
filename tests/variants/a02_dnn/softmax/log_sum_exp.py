# Correct: subtracts the row's log-sum-exp (computed with the max shift), then one exponential.
def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    logits = np.array(logits, dtype=float)
    largest = logits.max(axis=-1, keepdims=True)
    log_total = largest + np.log(np.exp(logits - largest).sum(axis=-1, keepdims=True))
    return np.exp(logits - log_total)
