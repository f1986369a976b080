# Wrong: for "same" forgets the max(..., 0) on P; when the stride is larger than the kernel P can be negative and np.pad raises, e.g. a 6x6 image, 1x1 kernel, stride 2, "same".
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    x = np.asarray(inputs, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape[:2]
    s = strides
    if padding == "same":
        Ph = (-(-x.shape[1] // s) - 1) * s + kh - x.shape[1]
        Pw = (-(-x.shape[2] // s) - 1) * s + kw - x.shape[2]
        x = np.pad(x, ((0, 0), (Ph // 2, Ph - Ph // 2), (Pw // 2, Pw - Pw // 2), (0, 0)))
    oh = (x.shape[1] - kh) // s + 1
    ow = (x.shape[2] - kw) // s + 1
    out = np.zeros((x.shape[0], oh, ow, kernel.shape[3]))
    for i in range(oh):
        for j in range(ow):
            patch = x[:, i * s:i * s + kh, j * s:j * s + kw, :]
            out[:, i, j, :] = np.tensordot(patch, kernel, axes=([1, 2, 3], [0, 1, 2]))
    return out + bias
