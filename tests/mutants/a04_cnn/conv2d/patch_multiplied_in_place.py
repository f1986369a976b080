# Wrong: multiplies each window in place (patch *= kernel), and the window is a view of the input: the caller's array is overwritten (and overlapping windows or several output channels see modified values); e.g. any float64 input with "valid".
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    x = np.asarray(inputs, dtype=np.float64)
    kh, kw, c_in, c_out = kernel.shape
    s = strides
    if padding == "same":
        pads = []
        for n, k in ((x.shape[1], kh), (x.shape[2], kw)):
            o = -(-n // s)
            P = max((o - 1) * s + k - n, 0)
            pads.append((P // 2, P - P // 2))
        x = np.pad(x, ((0, 0), pads[0], pads[1], (0, 0)))
    oh = (x.shape[1] - kh) // s + 1
    ow = (x.shape[2] - kw) // s + 1
    out = np.zeros((x.shape[0], oh, ow, c_out))
    for b in range(x.shape[0]):
        for i in range(oh):
            for j in range(ow):
                for c in range(c_out):
                    patch = x[b, i * s:i * s + kh, j * s:j * s + kw, :]
                    patch *= kernel[:, :, :, c]
                    out[b, i, j, c] = patch.sum() + bias[c]
    return out
