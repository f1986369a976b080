# Wrong: "valid" output size computed as n // s, ignoring the pool size; with pool_size > strides the last windows are cut short instead of dropped, e.g. a 6x6 input, pool_size=3, strides=2 gives 3x3 instead of 2x2.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    x = np.asarray(inputs, dtype=float)
    p = pool_size
    s = p if strides is None else strides
    if padding == "same":
        oh, ow = -(-x.shape[1] // s), -(-x.shape[2] // s)
        ph = max((oh - 1) * s + p - x.shape[1], 0)
        pw = max((ow - 1) * s + p - x.shape[2], 0)
        x = np.pad(x, ((0, 0), (ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)), constant_values=-np.inf)
    else:
        oh, ow = x.shape[1] // s, x.shape[2] // s
    out = np.empty((x.shape[0], oh, ow, x.shape[3]))
    for i in range(oh):
        for j in range(ow):
            out[:, i, j, :] = x[:, i * s:i * s + p, j * s:j * s + p, :].max(axis=(1, 2))
    return out
