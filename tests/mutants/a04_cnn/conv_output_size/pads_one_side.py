# Wrong: adds the integer padding at one end only (p instead of 2p).
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    if padding == "same":
        return int(-(-size // stride))
    pad = 0 if padding == "valid" else int(padding)
    return int((size + pad - kernel_size) // stride + 1)
