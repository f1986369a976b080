# Correct: a Python loop over the examples with math.exp and math.log.
import math


def categorical_crossentropy(one_hot_targets, logits):
    """Return the per-example categorical cross-entropy of softmax(logits)."""
    losses = []
    for target, row in zip(np.asarray(one_hot_targets, dtype=float), np.asarray(logits, dtype=float)):
        largest = max(row)
        log_total = largest + math.log(sum(math.exp(score - largest) for score in row))
        losses.append(sum(-t * (score - log_total) for t, score in zip(target, row)))
    return np.array(losses)
