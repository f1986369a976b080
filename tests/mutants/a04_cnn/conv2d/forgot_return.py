# Wrong: computes the output but forgets to `return` it (the function returns None).
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    inputs = np.asarray(inputs, dtype="float64")
    kh, kw, _, c_out = kernel.shape
    if padding == "same":
        pads = []
        for n, k in zip(inputs.shape[1:3], (kh, kw)):
            total = max((-(-n // strides) - 1) * strides + k - n, 0)
            pads.append((total // 2, total - total // 2))
        inputs = np.pad(inputs, ((0, 0), pads[0], pads[1], (0, 0)))
    out_height, out_width = (inputs.shape[1] - kh) // strides + 1, (inputs.shape[2] - kw) // strides + 1
    outputs = np.zeros((inputs.shape[0], out_height, out_width, c_out)) + bias
    for u in range(kh):
        for v in range(kw):
            outputs += inputs[:, u : u + strides * (out_height - 1) + 1 : strides, v : v + strides * (out_width - 1) + 1 : strides, :] @ kernel[u, v]
