# Correct: works in place, but on its own float64 copy (np.array copies), never on the caller's array.
def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    result = np.array(logits, dtype=np.float64)
    result -= result.max(axis=-1, keepdims=True)
    np.exp(result, out=result)
    result /= result.sum(axis=-1, keepdims=True)
    return result
