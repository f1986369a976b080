# Wrong: keeps the summed axis, shape (batch, 1) instead of (batch,).
def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    m = np.max(logits, axis=-1, keepdims=True)
    log_sm = logits - m - np.log(np.sum(np.exp(logits - m), axis=-1, keepdims=True))
    return -np.sum(one_hot_targets * log_sm, axis=-1, keepdims=True)
