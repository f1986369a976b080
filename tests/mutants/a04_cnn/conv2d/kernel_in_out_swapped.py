# Wrong: reads the kernel as (kh, kw, c_out, c_in), i.e. contracts the input channels with the kernel's last axis; only runs when c_in == c_out, and then mixes the channels up, e.g. c_in = c_out = 2 with a non-symmetric channel matrix.
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
    windows = np.stack(
        [x[:, i * s:i * s + kh, j * s:j * s + kw, :] for i in range(oh) for j in range(ow)], axis=1
    )
    out = np.einsum("bpuvd,uvcd->bpc", windows, kernel)
    return out.reshape(x.shape[0], oh, ow, -1) + bias
