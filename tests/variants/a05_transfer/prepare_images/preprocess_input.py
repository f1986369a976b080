# Correct: keras.ops throughout, keras.ops.tile for the channels, preprocess_input for the scaling.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = keras.ops.expand_dims(keras.ops.cast(images, "float32"), axis=-1)
    x = keras.ops.image.resize(x, (size, size))
    x = keras.ops.tile(x, (1, 1, 1, 3))
    x = keras.ops.convert_to_numpy(x)
    x = keras.applications.mobilenet.preprocess_input(x)
    return x.astype(np.float32, copy=False)
