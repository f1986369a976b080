# Correct: integer-only arithmetic, ceil written as -(-n // s), with a dict of paddings and int() for NumPy integer inputs.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    size, kernel_size, stride = int(size), int(kernel_size), int(stride)
    if padding == "same":
        return -(-size // stride)
    pad = {"valid": 0}.get(padding, padding) if isinstance(padding, str) else int(padding)
    return (size + 2 * pad - kernel_size) // stride + 1
