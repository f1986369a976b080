# Correct: scales in float64 with (x - 127.5) / 127.5, resizes the float64 images, and casts the result to float32.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = (np.asarray(images, dtype=np.float64) - 127.5) / 127.5
    x = keras.ops.image.resize(x[..., np.newaxis], (size, size))
    x = keras.ops.convert_to_numpy(x).astype(np.float32)
    return np.broadcast_to(x, x.shape[:-1] + (3,)).copy()
