# Wrong: allocates the output with the input's dtype, so integer images give truncated (integer) results; e.g. inputs of dtype int64 with a kernel of 0.5s.
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    x = np.asarray(inputs)
    kh, kw = kernel.shape[:2]
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
    out = np.zeros((x.shape[0], oh, ow, kernel.shape[3]), dtype=x.dtype)
    for i in range(oh):
        for j in range(ow):
            patch = x[:, i * s:i * s + kh, j * s:j * s + kw, :]
            out[:, i, j, :] = np.tensordot(patch, kernel, axes=([1, 2, 3], [0, 1, 2])) + bias
    return out
