# Correct: a Python loop over the rows with math.exp, after flattening the leading axes.
import math


def softmax(logits):
    """Return the softmax of ``logits`` over the last axis."""
    logits = np.asarray(logits, dtype=np.float64)
    rows = logits.reshape(-1, logits.shape[-1])
    result = np.empty_like(rows)
    for index, row in enumerate(rows):
        largest = max(row)
        exponentials = [math.exp(score - largest) for score in row]
        total = sum(exponentials)
        result[index] = [value / total for value in exponentials]
    return result.reshape(logits.shape)
