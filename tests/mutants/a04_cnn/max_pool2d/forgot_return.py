# Wrong: forgets to `return` the result (the function returns None).
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    from numpy.lib.stride_tricks import sliding_window_view

    x = np.asarray(inputs, dtype="float64")
    s = pool_size if strides is None else strides
    if padding == "same":
        pads = []
        for n in x.shape[1:3]:
            total = max((-(-n // s) - 1) * s + pool_size - n, 0)
            pads.append((total // 2, total - total // 2))
        x = np.pad(x, ((0, 0), pads[0], pads[1], (0, 0)), constant_values=-np.inf)
    result = sliding_window_view(x, (pool_size, pool_size), axis=(1, 2))[:, ::s, ::s].max(axis=(-2, -1))
