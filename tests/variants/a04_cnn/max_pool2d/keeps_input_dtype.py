# Correct: keeps the input's dtype (uint8 stays uint8, float32 stays float32), padding with that dtype's lowest value.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    strides = pool_size if strides is None else strides
    lowest = -np.inf if inputs.dtype.kind == "f" else np.iinfo(inputs.dtype).min
    x = inputs
    if padding == "same":
        widths = [(0, 0)]
        for size in x.shape[1:3]:
            total = max((-(-size // strides) - 1) * strides + pool_size - size, 0)
            widths.append((total // 2, total - total // 2))
        x = np.pad(x, widths + [(0, 0)], constant_values=lowest)
    out_height = (x.shape[1] - pool_size) // strides + 1
    out_width = (x.shape[2] - pool_size) // strides + 1
    result = np.empty((x.shape[0], out_height, out_width, x.shape[3]), dtype=inputs.dtype)
    for i in range(out_height):
        for j in range(out_width):
            window = x[:, i * strides : i * strides + pool_size, j * strides : j * strides + pool_size, :]
            result[:, i, j, :] = window.max(axis=(1, 2))
    return result
