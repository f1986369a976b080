# Correct: fully vectorized with numpy.lib.stride_tricks.sliding_window_view and einsum; "same" padding via a helper computing (before, after) per axis.
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    from numpy.lib.stride_tricks import sliding_window_view

    x = np.array(inputs, dtype=np.float64)  # a copy: the caller's array is never touched
    w = np.asarray(kernel, dtype=np.float64)
    b = np.asarray(bias, dtype=np.float64)
    kh, kw = w.shape[0], w.shape[1]
    s = int(strides)

    def same_pads(n, k):
        total = max((-(-n // s) - 1) * s + k - n, 0)
        return total // 2, total - total // 2

    if padding == "same":
        x = np.pad(x, ((0, 0), same_pads(x.shape[1], kh), same_pads(x.shape[2], kw), (0, 0)))
    elif padding != "valid":
        raise ValueError(padding)
    win = sliding_window_view(x, (kh, kw), axis=(1, 2))[:, ::s, ::s]  # (b, oh, ow, c_in, kh, kw)
    return np.einsum("bijduv,uvdc->bijc", win, w) + b
