# Correct: the log-probability at argmax(target), right for the one-hot rows of the contract.
def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    z = np.asarray(logits, dtype=np.float64)
    m = z.max(axis=-1, keepdims=True)
    log_sm = z - m - np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    idx = np.argmax(one_hot_targets, axis=-1)
    return -log_sm[np.arange(z.shape[0]), idx]
