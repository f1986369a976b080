# Wrong: returns a float (np.ceil / true division), e.g. 3.0 for size=5, stride=2, "same", and a non-integer 2.5 for size=6, kernel_size=3, stride=2, "valid".
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return np.ceil(size / stride)
    p = 0 if padding == "valid" else padding
    return (size + 2 * p - kernel_size) / stride + 1
