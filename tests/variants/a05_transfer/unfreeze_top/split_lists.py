# Correct: splits base.layers into the bottom and the top lists at len - n, then one loop over each.
def unfreeze_top(base, n):
    # Make the last `n` layers of `base` trainable, BatchNormalization excepted; freeze the rest.
    base.trainable = True
    split = len(base.layers) - n
    bottom, top = base.layers[:split], base.layers[split:]
    for layer in bottom:
        layer.trainable = False
    for layer in top:
        layer.trainable = not isinstance(layer, keras.layers.BatchNormalization)
    return base
