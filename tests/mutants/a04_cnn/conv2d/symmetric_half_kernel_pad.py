# Wrong: "same" pads kernel_size // 2 zeros on every side whatever the stride, then crops.
def conv2d(inputs, kernel, bias, strides=1, padding="valid"):
    inputs = np.asarray(inputs, dtype="float64")
    kernel = np.asarray(kernel, dtype="float64")
    _, height, width, _ = inputs.shape
    kh, kw, _, c_out = kernel.shape
    if padding == "same":
        out_height, out_width = -(-height // strides), -(-width // strides)
        inputs = np.pad(inputs, ((0, 0), (kh // 2, kh // 2 + 1), (kw // 2, kw // 2 + 1), (0, 0)))
    else:
        out_height, out_width = (height - kh) // strides + 1, (width - kw) // strides + 1
    outputs = np.zeros((inputs.shape[0], out_height, out_width, c_out))
    for u in range(kh):
        for v in range(kw):
            window = inputs[:, u : u + strides * (out_height - 1) + 1 : strides, v : v + strides * (out_width - 1) + 1 : strides, :]
            outputs += window @ kernel[u, v]
    return outputs + bias
