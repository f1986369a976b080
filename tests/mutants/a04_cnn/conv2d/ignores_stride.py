# Wrong: ignores the stride (slides the kernel one pixel at a time).
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    strides = 1
    inputs = np.asarray(inputs, dtype="float64")
    kernel = np.asarray(kernel, dtype="float64")
    _, height, width, _ = inputs.shape
    kh, kw, _, c_out = kernel.shape
    if padding == "same":
        out_height, out_width = -(-height // strides), -(-width // strides)
        pad_h = max((out_height - 1) * strides + kh - height, 0)
        pad_w = max((out_width - 1) * strides + kw - width, 0)
        inputs = np.pad(inputs, ((0, 0), (pad_h // 2, pad_h - pad_h // 2), (pad_w // 2, pad_w - pad_w // 2), (0, 0)))
    else:
        out_height, out_width = (height - kh) // strides + 1, (width - kw) // strides + 1
    outputs = np.zeros((inputs.shape[0], out_height, out_width, c_out))
    for u in range(kh):
        for v in range(kw):
            window = inputs[:, u : u + out_height, v : v + out_width, :]
            outputs += window @ kernel[u, v]
    return outputs + bias
