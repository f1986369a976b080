# Correct: log-sum-exp of each row minus the logit of its true class, picked with argmax.
def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    logits = np.array(logits, dtype=np.float64)
    labels = np.argmax(one_hot_targets, axis=-1)
    largest = np.max(logits, axis=-1)
    log_sum_exp = largest + np.log(np.sum(np.exp(logits - largest[:, None]), axis=-1))
    return log_sum_exp - logits[np.arange(len(logits)), labels]
