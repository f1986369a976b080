# Wrong: ignores the stride.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    if padding == "same":
        return int(size)
    pad = 0 if padding == "valid" else int(padding)
    return int(size + 2 * pad - kernel_size + 1)
