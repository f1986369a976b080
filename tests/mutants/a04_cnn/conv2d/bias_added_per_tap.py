# Wrong: adds the bias inside the loop over kernel positions, so it is counted kh*kw times; invisible with a zero bias, wrong for e.g. bias=[1.0] and a 3x3 kernel.
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
    oh = (x.shape[1] - kh) // s + 1
    ow = (x.shape[2] - kw) // s + 1
    out = np.zeros((x.shape[0], oh, ow, kernel.shape[3]))
    for u in range(kh):
        for v in range(kw):
            patch = x[:, u:u + (oh - 1) * s + 1:s, v:v + (ow - 1) * s + 1:s, :]
            out += patch @ kernel[u, v] + bias
    return out
