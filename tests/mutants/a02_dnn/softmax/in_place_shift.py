# Wrong: subtracts the maximum in place, which changes the caller's float64 array (np.asarray does not copy).
def softmax(logits):
    logits = np.asarray(logits, dtype="float64")
    logits -= logits.max(axis=-1, keepdims=True)
    exponentials = np.exp(logits)
    return exponentials / exponentials.sum(axis=-1, keepdims=True)
