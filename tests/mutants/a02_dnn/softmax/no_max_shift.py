# Wrong: exponentiates the raw scores, which overflows for large logits.
def softmax(logits):
    exponentials = np.exp(np.asarray(logits, dtype="float64"))
    return exponentials / exponentials.sum(axis=-1, keepdims=True)
