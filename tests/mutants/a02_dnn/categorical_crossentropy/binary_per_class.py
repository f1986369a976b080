# Wrong: treats each class as an independent sigmoid (binary cross-entropy per class).
def categorical_crossentropy(one_hot_targets, logits):
    logits = np.asarray(logits, dtype="float64")
    per_class = np.logaddexp(0, logits) - one_hot_targets * logits
    return per_class.sum(axis=-1)
