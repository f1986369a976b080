# Wrong: with "same" padding, divides by the stride rounding down instead of up.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    if padding == "same":
        return int(size // stride)
    pad = 0 if padding == "valid" else int(padding)
    return int((size + 2 * pad - kernel_size) // stride + 1)
