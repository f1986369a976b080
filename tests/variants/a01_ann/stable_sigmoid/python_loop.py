# Correct: a Python loop over the elements with math.exp, one branch per sign.
import math


def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    values = np.array(z, dtype=float)  # a copy: the loop writes into it
    flat = values.reshape(-1)
    for index, value in enumerate(flat):
        if value >= 0:
            flat[index] = 1.0 / (1.0 + math.exp(-value))
        else:
            flat[index] = math.exp(value) / (1.0 + math.exp(value))
    return values
