# Wrong: divides by the sum over the whole batch instead of each row's sum.
def softmax(logits):
    logits = np.asarray(logits, dtype="float64")
    exponentials = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return exponentials / exponentials.sum()
