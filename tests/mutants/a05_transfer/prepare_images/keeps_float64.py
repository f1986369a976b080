# Wrong: converts only integer images to float32, so float64 images give a float64 result.
def prepare_images(images, size):
    x = np.asarray(images)[..., None]
    if x.dtype.kind != "f":
        x = x.astype("float32")
    x = keras.ops.image.resize(x, (size, size))
    x = keras.ops.repeat(x, 3, axis=-1)
    return keras.ops.convert_to_numpy(x / 127.5 - 1.0)
