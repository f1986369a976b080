# Correct: floats from np.floor and np.ceil, turned into a Python int at the end.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return int(np.ceil(size / stride))
    pad = {"valid": 0}.get(padding, padding)
    return int(np.floor((size + 2 * pad - kernel_size) / stride)) + 1
