# Correct: computes in float32 when the logits are float32 (as Keras does), in float64 otherwise.
def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    logits = np.asarray(logits)
    logits = logits.astype(np.float32 if logits.dtype == np.float32 else np.float64)
    targets = np.asarray(one_hot_targets).astype(logits.dtype)
    largest = logits.max(axis=-1, keepdims=True)
    log_probabilities = logits - largest - np.log(np.sum(np.exp(logits - largest), axis=-1, keepdims=True))
    return -np.sum(targets * log_probabilities, axis=-1)
