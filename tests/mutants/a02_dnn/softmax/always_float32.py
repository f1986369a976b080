# Wrong: computes in float32 for every input, which is too coarse for float64 scores near 1e5.
def softmax(logits):
    logits = np.asarray(logits, dtype="float32")
    exponentials = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return exponentials / exponentials.sum(axis=-1, keepdims=True)
