# Wrong: "same" is computed as p = (k - 1) // 2 in the general formula, wrong for even kernels; e.g. size=5, kernel_size=2, stride=1, "same" gives 4 instead of 5.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        p = (kernel_size - 1) // 2
    elif padding == "valid":
        p = 0
    else:
        p = padding
    return (size + 2 * p - kernel_size) // stride + 1
