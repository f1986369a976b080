# Wrong: returns the backend's tensor instead of a NumPy array.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = keras.ops.expand_dims(keras.ops.cast(images, "float32"), -1)
    x = keras.ops.image.resize(x, (size, size))
    x = keras.ops.repeat(x, 3, axis=-1)
    return x / 127.5 - 1.0
