# Wrong: "same" returns the input size whatever the stride (only right for stride 1); e.g. size=5, kernel_size=3, stride=2, "same" gives 5 instead of 3.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return int(size)
    p = 0 if padding == "valid" else padding
    return (size + 2 * p - kernel_size) // stride + 1
