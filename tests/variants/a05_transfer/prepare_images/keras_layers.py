# Correct: the layers layers.Resizing and layers.Rescaling(1 / 127.5, offset=-1), then keras.ops.concatenate.
def prepare_images(images, size):
    # uint8 (n, h, w) -> float32 (n, size, size, 3) in [-1, 1], as MobileNet expects.
    x = keras.ops.convert_to_tensor(np.expand_dims(images, -1), dtype="float32")
    x = layers.Resizing(size, size)(x)
    x = layers.Rescaling(1 / 127.5, offset=-1.0)(x)
    return keras.ops.convert_to_numpy(keras.ops.concatenate([x, x, x], axis=-1))
