# Wrong: accumulates np.maximum(..., out=result) into a strided view of the input itself, so for "valid" the caller's array is overwritten (the output values are right); e.g. any float64 input, pool_size=2, "valid".
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    x = np.asarray(inputs)
    p = pool_size
    s = p if strides is None else strides
    if padding == "same":
        pads = []
        for n in x.shape[1:3]:
            P = max((-(-n // s) - 1) * s + p - n, 0)
            pads.append((P // 2, P - P // 2))
        x = np.pad(x.astype(float), ((0, 0), pads[0], pads[1], (0, 0)), constant_values=-np.inf)
    oh = (x.shape[1] - p) // s + 1
    ow = (x.shape[2] - p) // s + 1
    result = x[:, 0:(oh - 1) * s + 1:s, 0:(ow - 1) * s + 1:s, :]
    for u in range(p):
        for v in range(p):
            shifted = x[:, u:u + (oh - 1) * s + 1:s, v:v + (ow - 1) * s + 1:s, :]
            np.maximum(result, shifted, out=result)
    return result
