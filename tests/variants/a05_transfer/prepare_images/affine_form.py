# Correct: x * (2 / 255) - 1 in float32 after resizing, the channels by np.stack of three copies.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = images.reshape(images.shape + (1,)).astype(np.float32)
    resized = keras.ops.convert_to_numpy(keras.ops.image.resize(x, (size, size)))[..., 0]
    rgb = np.stack([resized, resized, resized], axis=-1)
    return (rgb * np.float32(2.0 / 255.0) - np.float32(1.0)).astype(np.float32)
