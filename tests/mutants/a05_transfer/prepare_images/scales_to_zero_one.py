# Wrong: scales pixels to [0, 1] instead of MobileNet's [-1, 1].
def prepare_images(images, size):
    x = np.asarray(images)[..., None].astype("float32")
    x = keras.ops.image.resize(x, (size, size))
    x = keras.ops.repeat(x, 3, axis=-1)
    return keras.ops.convert_to_numpy(x / 255.0).astype("float32")
