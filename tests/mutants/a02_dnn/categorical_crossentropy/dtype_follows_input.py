# Wrong: keeps the logits' dtype, so uint8 logits wrap around when shifted and int8 gives float16.
def categorical_crossentropy(one_hot_targets, logits):
    logits = np.asarray(logits)
    largest = logits.max(axis=-1, keepdims=True)
    log_probabilities = logits - largest - np.log(np.exp(logits - largest).sum(axis=-1, keepdims=True))
    return -(np.asarray(one_hot_targets) * log_probabilities).sum(axis=-1)
