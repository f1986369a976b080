# Wrong: subtracts the maximum in place, which changes the caller's float64 logits.
def categorical_crossentropy(one_hot_targets, logits):
    logits = np.asarray(logits, dtype="float64")
    logits -= logits.max(axis=-1, keepdims=True)
    log_probabilities = logits - np.log(np.exp(logits).sum(axis=-1, keepdims=True))
    return -(np.asarray(one_hot_targets) * log_probabilities).sum(axis=-1)
