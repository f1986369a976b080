# Wrong: for "same" with an odd total padding, puts the extra -inf row/column at the top/left instead of the bottom/right; e.g. a 4x4 input, pool_size=2, strides=1, "same" (P = 1).
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    x = np.asarray(inputs, dtype=float)
    p = pool_size
    s = p if strides is None else strides
    if padding == "same":
        pads = []
        for n in x.shape[1:3]:
            P = max((-(-n // s) - 1) * s + p - n, 0)
            pads.append((P - P // 2, P // 2))
        x = np.pad(x, ((0, 0), pads[0], pads[1], (0, 0)), constant_values=-np.inf)
    oh = (x.shape[1] - p) // s + 1
    ow = (x.shape[2] - p) // s + 1
    out = np.empty((x.shape[0], oh, ow, x.shape[3]))
    for i in range(oh):
        for j in range(ow):
            out[:, i, j, :] = x[:, i * s:i * s + p, j * s:j * s + p, :].max(axis=(1, 2))
    return out
