# Wrong: keeps the input's dtype, so uint8 scores wrap around when shifted and int8 gives float16 results.
def softmax(logits):
    logits = np.asarray(logits)
    exponentials = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return exponentials / exponentials.sum(axis=-1, keepdims=True)
