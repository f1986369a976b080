# Correct: vectorized with sliding_window_view on a -inf padded float copy, then strided slicing; accepts lists.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    from numpy.lib.stride_tricks import sliding_window_view

    x = np.array(inputs, dtype=float)
    p = int(pool_size)
    s = p if strides is None else int(strides)
    if padding == "same":
        widths = [(0, 0)]
        for n in x.shape[1:3]:
            total = max((-(-n // s) - 1) * s + p - n, 0)
            widths.append((total // 2, total - total // 2))
        widths.append((0, 0))
        x = np.pad(x, widths, mode="constant", constant_values=-np.inf)
    windows = sliding_window_view(x, (p, p), axis=(1, 2))  # (b, H-p+1, W-p+1, c, p, p)
    return windows[:, ::s, ::s].max(axis=(-2, -1))
