# Wrong: np.tile on the channel-less array puts the three copies along the width, then a reshape scrambles them.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = images[..., None].astype("float32")
    x = keras.ops.convert_to_numpy(keras.ops.image.resize(x, (size, size)))[..., 0]
    x = np.tile(x, 3).reshape(len(x), size, size, 3)
    return (x / 127.5 - 1).astype("float32")
