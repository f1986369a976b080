# Wrong: computes images * 2 in uint8, which wraps around for pixels of 128 and more.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = (images * 2 / 255 - 1).astype("float32")
    x = keras.ops.image.resize(x[..., None], (size, size))
    x = keras.ops.repeat(x, 3, axis=-1)
    return keras.ops.convert_to_numpy(x)
