# Wrong: computes the losses but forgets to return them.
def categorical_crossentropy(one_hot_targets, logits):
    logits = np.asarray(logits, dtype="float64")
    largest = logits.max(axis=-1, keepdims=True)
    log_probabilities = logits - largest - np.log(np.exp(logits - largest).sum(axis=-1, keepdims=True))
    losses = -(np.asarray(one_hot_targets) * log_probabilities).sum(axis=-1)
