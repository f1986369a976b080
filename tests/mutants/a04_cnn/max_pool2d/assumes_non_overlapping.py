# Wrong: always uses the non-overlapping reshape trick (block size pool_size) and only subsamples by the stride afterwards; wrong whenever strides != pool_size, e.g. a 5x5 input, pool_size=3, strides=2.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    x = np.asarray(inputs, dtype=float)
    p = pool_size
    s = p if strides is None else strides
    b, h, w, c = x.shape
    if padding == "same":
        oh, ow = -(-h // s), -(-w // s)
        ph = max((oh - 1) * s + p - h, 0)
        pw = max((ow - 1) * s + p - w, 0)
        x = np.pad(x, ((0, 0), (ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)), constant_values=-np.inf)
    else:
        oh, ow = (h - p) // s + 1, (w - p) // s + 1
    hh, ww = x.shape[1] // p * p, x.shape[2] // p * p
    blocks = x[:, :hh, :ww].reshape(b, hh // p, p, ww // p, p, c).max(axis=(2, 4))
    step = max(s // p, 1)
    out = blocks[:, ::step, ::step][:, :oh, :ow]
    return out
