# Correct: computes in float32 when every array is float32 or small integers (as Keras does), else in float64; one einsum per output row.
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    dtype = np.result_type(inputs.dtype, kernel.dtype, bias.dtype, np.float32)
    x = inputs.astype(dtype)
    kernel_height, kernel_width = kernel.shape[:2]
    if padding == "same":
        widths = [(0, 0)]
        for size, window in zip(x.shape[1:3], (kernel_height, kernel_width)):
            total = max((-(-size // strides) - 1) * strides + window - size, 0)
            widths.append((total // 2, total - total // 2))
        x = np.pad(x, widths + [(0, 0)])
    out_height = (x.shape[1] - kernel_height) // strides + 1
    out_width = (x.shape[2] - kernel_width) // strides + 1
    rows = []
    for i in range(out_height):
        band = x[:, i * strides : i * strides + kernel_height]  # (batch, kh, width, c_in)
        patches = np.stack([band[:, :, j * strides : j * strides + kernel_width] for j in range(out_width)], axis=1)
        rows.append(np.einsum("bjuvd,uvdc->bjc", patches, kernel.astype(dtype)))
    return np.stack(rows, axis=1) + bias.astype(dtype)
