# Correct: the formula written out with explicit Python loops over every index, reading a virtually padded input (out-of-range positions count as 0); accepts nested lists.
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    x = np.asarray(inputs, dtype=float)
    w = np.asarray(kernel, dtype=float)
    bias = np.asarray(bias, dtype=float)
    n_b, h, wd, c_in = x.shape
    kh, kw, _, c_out = w.shape
    s = strides
    if padding == "same":
        oh, ow = (h + s - 1) // s, (wd + s - 1) // s
        top = max((oh - 1) * s + kh - h, 0) // 2
        left = max((ow - 1) * s + kw - wd, 0) // 2
    else:
        oh, ow = (h - kh) // s + 1, (wd - kw) // s + 1
        top = left = 0
    y = np.zeros((n_b, oh, ow, c_out))
    for b in range(n_b):
        for i in range(oh):
            for j in range(ow):
                for c in range(c_out):
                    total = bias[c]
                    for u in range(kh):
                        r = i * s + u - top
                        if r < 0 or r >= h:
                            continue
                        for v in range(kw):
                            q = j * s + v - left
                            if q < 0 or q >= wd:
                                continue
                            for d in range(c_in):
                                total += x[b, r, q, d] * w[u, v, d, c]
                    y[b, i, j, c] = total
    return y
