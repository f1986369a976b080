# Wrong: takes float images to hold values in [0, 1] and multiplies them by 255 first.
def prepare_images(images, size):
    x = np.asarray(images)[..., None]
    x = x.astype("float32") * (255.0 if x.dtype.kind == "f" else 1.0)
    x = keras.ops.image.resize(x, (size, size))
    x = keras.ops.repeat(x, 3, axis=-1)
    return keras.ops.convert_to_numpy(x / 127.5 - 1.0).astype("float32")
