# Correct: everything in float32, as Keras computes it (float64 inputs rounded to float32 first); -inf padding.
def max_pool2d(inputs, pool_size=2, strides=None, padding="valid"):
    """Return MaxPooling2D's output for NHWC ``inputs``."""
    with np.errstate(over="ignore"):  # a float64 beyond float32's range becomes +-inf, as np.float32 rounds it
        x = np.asarray(inputs, dtype=np.float32)
    step = strides or pool_size
    if padding == "same":
        pad_height = max((-(-x.shape[1] // step) - 1) * step + pool_size - x.shape[1], 0)
        pad_width = max((-(-x.shape[2] // step) - 1) * step + pool_size - x.shape[2], 0)
        x = np.pad(x, ((0, 0), (pad_height // 2, pad_height - pad_height // 2),
                       (pad_width // 2, pad_width - pad_width // 2), (0, 0)), constant_values=-np.inf)
    windows = np.lib.stride_tricks.sliding_window_view(x, (pool_size, pool_size), axis=(1, 2))
    return windows[:, ::step, ::step].max(axis=(-2, -1))
