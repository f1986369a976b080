# Correct: int() of the true quotient; it truncates toward zero, which is the floor here, since k <= n + 2p.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return int(np.ceil(size / stride))
    p = 0 if padding == "valid" else padding
    return int((size + 2 * p - kernel_size) / stride) + 1
