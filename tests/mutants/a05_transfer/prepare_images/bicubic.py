# Wrong: resizes with bicubic interpolation instead of the default bilinear.
def prepare_images(images, size):
    x = np.asarray(images)[..., None].astype("float32")
    x = keras.ops.image.resize(x, (size, size), interpolation="bicubic")
    x = keras.ops.repeat(x, 3, axis=-1)
    return keras.ops.convert_to_numpy(x / 127.5 - 1.0).astype("float32")
