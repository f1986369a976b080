# Wrong: always steps by the pool size, whatever strides says.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    strides = pool_size
    inputs = np.asarray(inputs, dtype="float64")
    _, height, width, _ = inputs.shape
    if padding == "same":
        out_height, out_width = -(-height // strides), -(-width // strides)
        pad_h = max((out_height - 1) * strides + pool_size - height, 0)
        pad_w = max((out_width - 1) * strides + pool_size - width, 0)
        pads = ((0, 0), (pad_h // 2, pad_h - pad_h // 2), (pad_w // 2, pad_w - pad_w // 2), (0, 0))
        inputs = np.pad(inputs, pads, constant_values=-np.inf)
    else:
        out_height, out_width = (height - pool_size) // strides + 1, (width - pool_size) // strides + 1
    outputs = np.full((inputs.shape[0], out_height, out_width, inputs.shape[3]), -np.inf)
    for u in range(pool_size):
        for v in range(pool_size):
            outputs = np.maximum(outputs, inputs[:, u : u + strides * (out_height - 1) + 1 : strides, v : v + strides * (out_width - 1) + 1 : strides, :])
    return outputs
