# Correct: explicit loops with no padding array at all: each window is clipped to the image, so padded positions simply never take part (same as -inf).
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    x = np.asarray(inputs)
    b, h, w, c = x.shape
    p = pool_size
    s = pool_size if strides is None else strides
    if padding == "same":
        oh, ow = (h + s - 1) // s, (w + s - 1) // s
        top = max((oh - 1) * s + p - h, 0) // 2
        left = max((ow - 1) * s + p - w, 0) // 2
    else:
        oh, ow = (h - p) // s + 1, (w - p) // s + 1
        top = left = 0
    out = np.empty((b, oh, ow, c), dtype=np.result_type(x.dtype, np.float64))
    for i in range(oh):
        r0 = i * s - top
        r1 = min(r0 + p, h)
        r0 = max(r0, 0)
        for j in range(ow):
            q0 = j * s - left
            q1 = min(q0 + p, w)
            q0 = max(q0, 0)
            out[:, i, j, :] = x[:, r0:r1, q0:q1, :].max(axis=(1, 2))
    return out
