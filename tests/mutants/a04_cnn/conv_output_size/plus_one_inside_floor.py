# Wrong: puts the +1 inside the division, (n + 2p - k + 1) // s; right for stride 1 only, e.g. size=5, kernel_size=3, stride=2 gives 1 instead of 2.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return (size + stride - 1) // stride
    p = 0 if padding == "valid" else padding
    return (size + 2 * p - kernel_size + 1) // stride
