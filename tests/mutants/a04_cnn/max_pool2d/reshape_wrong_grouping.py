# Wrong: reshape trick with the axes in the wrong order, (b, p, oh, p, ow, c) instead of (b, oh, p, ow, p, c), so each "window" gathers rows oh apart; right shape, wrong values, e.g. a 4x4 input with pool_size=2.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    x = np.asarray(inputs)
    p = pool_size
    s = p if strides is None else strides
    if s != p or padding != "valid":
        # general (slow) path
        if padding == "same":
            pads = []
            for n in x.shape[1:3]:
                P = max((-(-n // s) - 1) * s + p - n, 0)
                pads.append((P // 2, P - P // 2))
            x = np.pad(x.astype(float), ((0, 0), pads[0], pads[1], (0, 0)), constant_values=-np.inf)
        oh = (x.shape[1] - p) // s + 1
        ow = (x.shape[2] - p) // s + 1
        out = np.empty((x.shape[0], oh, ow, x.shape[3]), dtype=x.dtype)
        for i in range(oh):
            for j in range(ow):
                out[:, i, j, :] = x[:, i * s:i * s + p, j * s:j * s + p, :].max(axis=(1, 2))
        return out
    b, h, w, c = x.shape
    oh, ow = h // p, w // p
    x = x[:, :oh * p, :ow * p, :]
    return x.reshape(b, p, oh, p, ow, c).max(axis=(1, 3))
