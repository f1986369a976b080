# Wrong: the row maximum without keepdims broadcasts along the wrong axis (silently wrong for square inputs).
def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    m = logits.max(axis=1)
    shifted = logits - m
    lse = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return -(one_hot_targets * (shifted - lse)).sum(axis=1)
