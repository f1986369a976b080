# Wrong: hard-codes axis=1, so a 1-D input fails and a 3-D input is normalised over the wrong axis.
def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    z = logits - np.max(logits, axis=1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=1, keepdims=True)
