# Wrong: divides by 127.5 but forgets to subtract 1, giving [0, 2].
def prepare_images(images, size):
    x = np.asarray(images)[..., None].astype("float32")
    x = keras.ops.image.resize(x, (size, size))
    x = keras.ops.repeat(x, 3, axis=-1)
    return keras.ops.convert_to_numpy(x / 127.5).astype("float32")
