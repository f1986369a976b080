# Wrong: for "same", always pads k-1 in all ((k-1)//2 before), the stride-1 amount; with stride > 1 the output has the right size but is shifted, e.g. a 6x6 image, 3x3 kernel, stride 2 (Keras pads 0 before, 1 after).
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    x = np.asarray(inputs, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape[:2]
    s = strides
    if padding == "same":
        ph, pw = kh - 1, kw - 1
        x = np.pad(x, ((0, 0), (ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)))
    oh = (x.shape[1] - kh) // s + 1
    ow = (x.shape[2] - kw) // s + 1
    out = np.zeros((x.shape[0], oh, ow, kernel.shape[3]))
    for i in range(oh):
        for j in range(ow):
            patch = x[:, i * s:i * s + kh, j * s:j * s + kw, :]
            out[:, i, j, :] = np.tensordot(patch, kernel, axes=([1, 2, 3], [0, 1, 2]))
    return out + bias
