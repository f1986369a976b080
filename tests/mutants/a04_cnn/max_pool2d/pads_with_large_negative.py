# Wrong: pads "same" with -1e9 instead of -inf, which wins over values below -1e9.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    x = np.asarray(inputs, dtype="float64")
    s = pool_size if strides is None else strides
    if padding == "same":
        pads = []
        for n in x.shape[1:3]:
            total = max((-(-n // s) - 1) * s + pool_size - n, 0)
            pads.append((total // 2, total - total // 2))
        x = np.pad(x, ((0, 0), pads[0], pads[1], (0, 0)), constant_values=-1e9)
    out_h, out_w = (x.shape[1] - pool_size) // s + 1, (x.shape[2] - pool_size) // s + 1
    out = np.empty((x.shape[0], out_h, out_w, x.shape[3]))
    for i in range(out_h):
        for j in range(out_w):
            out[:, i, j, :] = x[:, i * s : i * s + pool_size, j * s : j * s + pool_size, :].max(axis=(1, 2))
    return out
