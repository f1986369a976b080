# Correct: bilinear resizing written in NumPy (half-pixel centres, edges clamped), all in float32.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = np.asarray(images).astype(np.float32)

    def weights(n_in, n_out):
        # For each output position: the two input positions around it and the weight of the second.
        centre = (np.arange(n_out, dtype=np.float32) + 0.5) * np.float32(n_in / n_out) - 0.5
        centre = np.clip(centre, 0, n_in - 1)
        low = np.floor(centre).astype(int)
        high = np.minimum(low + 1, n_in - 1)
        return low, high, (centre - low).astype(np.float32)

    low, high, fraction = weights(x.shape[1], size)
    x = x[:, low, :] * (1 - fraction)[None, :, None] + x[:, high, :] * fraction[None, :, None]
    low, high, fraction = weights(x.shape[2], size)
    x = x[:, :, low] * (1 - fraction) + x[:, :, high] * fraction
    x = x / np.float32(127.5) - np.float32(1.0)
    return np.repeat(x[..., None], 3, axis=-1).astype(np.float32)
