# Wrong: computes the output size as (n - k + 1) // s (the + 1 inside the floor): right for stride 1, one position short for a 7x7 image, a 3x3 kernel and stride 2 (2 instead of 3).
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    x = np.asarray(inputs, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape[:2]
    s = strides
    if padding == "same":
        pads = []
        for n, k in ((x.shape[1], kh), (x.shape[2], kw)):
            o = -(-n // s)
            P = max((o - 1) * s + k - n, 0)
            pads.append((P // 2, P - P // 2))
        x = np.pad(x, ((0, 0), pads[0], pads[1], (0, 0)))
    oh = (x.shape[1] - kh + 1) // s
    ow = (x.shape[2] - kw + 1) // s
    out = np.zeros((x.shape[0], oh, ow, kernel.shape[3]))
    for i in range(oh):
        for j in range(ow):
            patch = x[:, i * s:i * s + kh, j * s:j * s + kw, :]
            out[:, i, j, :] = np.tensordot(patch, kernel, axes=([1, 2, 3], [0, 1, 2]))
    return out + bias
