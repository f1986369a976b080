# Wrong: normalises over the first axis (the batch) instead of the last (the classes).
def softmax(logits):
    logits = np.asarray(logits, dtype="float64")
    shifted = np.exp(logits - logits.max(axis=0, keepdims=True))
    return shifted / shifted.sum(axis=0, keepdims=True)
