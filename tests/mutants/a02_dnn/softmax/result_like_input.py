# Wrong: fills an array made like the input, so integer scores give integer (all 0 or 1) results.
def softmax(logits):
    logits = np.asarray(logits)
    result = np.zeros_like(logits)
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True).astype("float64"))
    result[...] = shifted / shifted.sum(axis=-1, keepdims=True)
    return result
