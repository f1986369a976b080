# Wrong: "same" is computed as p = k // 2 at each end in the general formula (right for odd k only); e.g. size=4, kernel_size=2, stride=1, "same" gives 5 instead of 4.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "valid":
        p = 0
    elif padding == "same":
        p = kernel_size // 2
    else:
        p = padding
    return (size + 2 * p - kernel_size) // stride + 1
