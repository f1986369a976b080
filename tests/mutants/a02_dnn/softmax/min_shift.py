# Wrong: subtracts the minimum, which still overflows when scores are spread widely.
def softmax(logits):
    logits = np.asarray(logits, dtype="float64")
    shifted = np.exp(logits - logits.min(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)
