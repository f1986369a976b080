# Wrong: resizes with antialias=True, which changes the values when shrinking.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = images[..., None].astype("float32")
    x = keras.ops.image.resize(x, (size, size), antialias=True)
    x = keras.ops.repeat(x, 3, axis=-1)
    return keras.ops.convert_to_numpy(x / 127.5 - 1.0)
