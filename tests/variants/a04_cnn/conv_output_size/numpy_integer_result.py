# Correct: NumPy integers from np.ceil and np.floor (.astype(int)); the contract accepts a NumPy integer.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    if padding == "same":
        return np.ceil(size / stride).astype(int)
    p = 0 if padding == "valid" else padding
    return np.floor((size + 2 * p - kernel_size) / stride).astype(int) + 1
