# Wrong: keeps a single grey channel instead of three.
def prepare_images(images, size):
    x = np.asarray(images)[..., None].astype("float32")
    x = keras.ops.image.resize(x, (size, size))
    return keras.ops.convert_to_numpy(x / 127.5 - 1.0).astype("float32")
