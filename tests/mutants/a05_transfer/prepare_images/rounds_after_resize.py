# Wrong: rounds the resized pixels to whole grey levels before scaling.
def prepare_images(images, size):
    x = np.asarray(images)[..., None].astype("float32")
    x = np.round(keras.ops.convert_to_numpy(keras.ops.image.resize(x, (size, size))))
    return np.repeat(x / 127.5 - 1.0, 3, axis=-1).astype("float32")
