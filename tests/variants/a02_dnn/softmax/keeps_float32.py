# Correct: computes in float32 when given float32 (as Keras does), in float64 otherwise.
def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    logits = np.asarray(logits)
    logits = logits.astype(np.float32 if logits.dtype == np.float32 else np.float64)
    exponentials = np.exp(logits - np.max(logits, axis=-1, keepdims=True))
    return exponentials / np.sum(exponentials, axis=-1, keepdims=True)
