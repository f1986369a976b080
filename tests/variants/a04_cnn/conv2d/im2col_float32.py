# Correct: im2col in float32 (like Keras), zero-padding by copying into a larger zero array, one matrix product with the reshaped kernel.
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    """Return Conv2D's output (no activation) for NHWC ``inputs`` and an HWIO ``kernel``."""
    x = np.asarray(inputs, dtype=np.float32)
    w = np.asarray(kernel, dtype=np.float32)
    n_b, h, wd, c_in = x.shape
    kh, kw, _, c_out = w.shape
    s = strides
    if padding == "same":
        oh, ow = -(-h // s), -(-wd // s)
        ph = max((oh - 1) * s + kh - h, 0)
        pw = max((ow - 1) * s + kw - wd, 0)
        padded = np.zeros((n_b, h + ph, wd + pw, c_in), dtype=np.float32)
        padded[:, ph // 2:ph // 2 + h, pw // 2:pw // 2 + wd, :] = x
        x = padded
    else:
        oh, ow = (h - kh) // s + 1, (wd - kw) // s + 1
    cols = np.empty((n_b, oh, ow, kh, kw, c_in), dtype=np.float32)
    for i in range(oh):
        for j in range(ow):
            cols[:, i, j] = x[:, i * s:i * s + kh, j * s:j * s + kw, :]
    out = cols.reshape(n_b * oh * ow, kh * kw * c_in) @ w.reshape(kh * kw * c_in, c_out)
    return out.reshape(n_b, oh, ow, c_out) + np.asarray(bias, dtype=np.float32)
