# Wrong: guesses the range from the largest pixel, and scales images whose pixels are all 0 or 1 by 255.
def prepare_images(images, size):
    x = np.asarray(images)[..., None].astype("float32")
    if x.max() <= 1.0:
        x = x * 255.0
    x = keras.ops.image.resize(x, (size, size))
    x = keras.ops.repeat(x, 3, axis=-1)
    return keras.ops.convert_to_numpy(x / 127.5 - 1.0).astype("float32")
