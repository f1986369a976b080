# Correct: scales to [-1, 1] in float32 and repeats the channel before resizing (resizing is affine).
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = np.asarray(images, dtype=np.float32)[:, :, :, np.newaxis]
    x = x / np.float32(127.5) - np.float32(1.0)
    x = np.repeat(x, 3, axis=3)
    x = keras.ops.image.resize(x, (size, size), interpolation="bilinear")
    return np.asarray(keras.ops.convert_to_numpy(x), dtype=np.float32)
