# Wrong: x / 128 - 1 instead of x / 127.5 - 1, so 255 becomes 0.992.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = images[..., np.newaxis].astype("float32")
    x = keras.ops.image.resize(x, (size, size))
    x = keras.ops.concatenate([x, x, x], axis=-1)
    return keras.ops.convert_to_numpy(x / 128.0 - 1.0)
