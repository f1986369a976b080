# Wrong: any padding other than "same" is treated as "valid", so an integer p is ignored; e.g. size=5, kernel_size=3, padding=1 gives 3 instead of 5.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return (size + stride - 1) // stride
    return (size - kernel_size) // stride + 1
