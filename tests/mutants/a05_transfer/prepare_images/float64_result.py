# Wrong: converts to float64 (astype(float)), so the result is float64 instead of float32.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = np.expand_dims(images, -1).astype(float)
    x = keras.ops.convert_to_numpy(keras.ops.image.resize(x, (size, size)))
    x = np.repeat(x, 3, axis=-1)
    return x / 127.5 - 1
