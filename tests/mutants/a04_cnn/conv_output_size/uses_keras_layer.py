# Wrong: asks keras.layers.Conv2D (after ZeroPadding2D) for its output shape, although this part must use NumPy only; the numbers are right.
def conv_output_size(size, kernel_size, stride=1, padding="valid"):
    """Return the number of positions of a window of ``kernel_size`` along an axis of ``size``."""
    shape = (1, size, 1, 1)
    if padding not in ("valid", "same"):
        shape = layers.ZeroPadding2D((padding, 0)).compute_output_shape(shape)
        padding = "valid"
    conv = layers.Conv2D(1, (kernel_size, 1), strides=(stride, 1), padding=padding)
    return int(conv.compute_output_shape(shape)[1])
