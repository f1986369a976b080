# Correct: loops over the p*p offsets of the window (not over output positions) and reduces shifted strided slices with np.maximum.reduce; padding built with np.full(-inf).
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    x = np.asarray(inputs, dtype=np.float64)
    b, h, w, c = x.shape
    p = pool_size
    s = strides if strides is not None else pool_size
    if padding == "same":
        oh, ow = -(-h // s), -(-w // s)
        ph = max((oh - 1) * s + p - h, 0)
        pw = max((ow - 1) * s + p - w, 0)
        padded = np.full((b, h + ph, w + pw, c), -np.inf)
        padded[:, ph // 2:ph // 2 + h, pw // 2:pw // 2 + w, :] = x
        x = padded
    else:
        oh, ow = (h - p) // s + 1, (w - p) // s + 1
    shifted = [
        x[:, u:u + (oh - 1) * s + 1:s, v:v + (ow - 1) * s + 1:s, :]
        for u in range(p)
        for v in range(p)
    ]
    return np.maximum.reduce(shifted)
