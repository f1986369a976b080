# Wrong: computes in float32 for every input, which the contract allows only for float32 logits.
def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    z = np.asarray(logits, dtype=np.float32)
    t = np.asarray(one_hot_targets, dtype=np.float32)
    m = z.max(axis=-1, keepdims=True)
    log_sm = z - m - np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return -(t * log_sm).sum(axis=-1)
