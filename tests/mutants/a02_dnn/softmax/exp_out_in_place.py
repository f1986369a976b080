# Wrong: np.asarray does not copy a float64 array, and the shift and np.exp(z, out=z) then overwrite the caller's logits.
def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    z = np.asarray(logits, dtype=np.float64)
    z -= z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
