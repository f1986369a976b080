# Wrong: never converts to float, so uint8 and int8 scores wrap around when the maximum is subtracted.
def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    e = np.exp(logits - np.max(logits, axis=-1, keepdims=True))
    return (e.T / e.sum(axis=-1).T).T
