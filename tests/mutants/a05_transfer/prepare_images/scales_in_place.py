# Wrong: scales np.asarray(images, dtype="float32") in place, which is the caller's own array when it is float32.
def prepare_images(images, size):
    x = np.asarray(images, dtype="float32")
    x /= 127.5
    x -= 1.0
    x = keras.ops.image.resize(x[..., None], (size, size))
    return keras.ops.convert_to_numpy(keras.ops.repeat(x, 3, axis=-1))
