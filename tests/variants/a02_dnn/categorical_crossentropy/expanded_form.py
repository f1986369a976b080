# Correct: expanded algebraically, sum(t) * logsumexp(z) - sum(t * z).
def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    t = np.asarray(one_hot_targets, dtype=np.float64)
    z = np.asarray(logits, dtype=np.float64)
    m = z.max(axis=-1)
    lse = m + np.log(np.exp(z - m[..., None]).sum(axis=-1))
    return t.sum(axis=-1) * lse - (t * z).sum(axis=-1)
