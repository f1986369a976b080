# Wrong: shifts the caller's logits in place (logits -= m), with no conversion at all.
def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    logits -= np.max(logits, axis=-1, keepdims=True)
    log_sm = logits - np.log(np.sum(np.exp(logits), axis=-1, keepdims=True))
    return -np.sum(one_hot_targets * log_sm, axis=-1)
