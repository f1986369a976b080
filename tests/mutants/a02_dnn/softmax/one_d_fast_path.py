# Wrong: a separate 1-D fast path skips the max shift and overflows where the 2-D path is stable.
def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    if logits.ndim == 1:
        e = np.exp(logits)
        return e / e.sum()
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
