# Wrong: calls the real keras.layers.Dropout where the part says NumPy only (and Keras draws from its own generator).
def inverted_dropout(inputs, rate, training, rng):
    layer = keras.layers.Dropout(rate, seed=int(rng.integers(2**31)))
    return keras.ops.convert_to_numpy(layer(np.asarray(inputs, dtype="float32"), training=training))
