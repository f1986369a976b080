# Wrong: resizes the uint8 images before converting them, so the interpolated pixels are rounded to integers.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = keras.ops.image.resize(images[..., None], (size, size))
    x = keras.ops.convert_to_numpy(x).astype("float32")
    x = np.repeat(x, 3, axis=-1)
    return x / 127.5 - 1.0
