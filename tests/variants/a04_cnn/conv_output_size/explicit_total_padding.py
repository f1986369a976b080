# Correct: for "same", computes the total padding P exactly as Keras does and feeds it to the general formula; always returns a Python int.
import math


def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    n, k, s = int(size), int(kernel_size), int(stride)
    if isinstance(padding, str):
        if padding == "valid":
            total = 0
        elif padding == "same":
            total = max((math.ceil(n / s) - 1) * s + k - n, 0)
        else:
            raise ValueError(f"unknown padding {padding!r}")
    else:
        total = 2 * int(padding)
    return int(math.floor((n + total - k) / s) + 1)
