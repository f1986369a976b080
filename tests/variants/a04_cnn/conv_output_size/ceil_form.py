# Correct: the equivalent ceiling form floor(a / s) + 1 == ceil((a + 1) / s), with "same" written as a window that just fits the padded axis (k = 1, p = 0).
import math


def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return conv_output_size(size, 1, stride, 0)
    pad = 0 if padding == "valid" else padding
    return int(math.ceil((size + 2 * pad - kernel_size + 1) / stride))
