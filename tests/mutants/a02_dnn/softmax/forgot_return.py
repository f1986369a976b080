# Wrong: computes the probabilities but forgets to return them.
def softmax(logits):
    logits = np.asarray(logits, dtype="float64")
    exponentials = np.exp(logits - logits.max(axis=-1, keepdims=True))
    probabilities = exponentials / exponentials.sum(axis=-1, keepdims=True)
