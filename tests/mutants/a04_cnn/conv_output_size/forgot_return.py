# Wrong: forgets the `return` on the general formula (returns None except for "same").
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return -(-size // stride)
    pad = 0 if padding == "valid" else padding
    output = (size + 2 * pad - kernel_size) // stride + 1
