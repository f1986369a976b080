# Correct: the set of ids of the layers to unfreeze, from a slice that starts at max(len - n, 0), then one loop.
def unfreeze_top(base, n):
    # Make the last `n` layers of `base` trainable, BatchNormalization excepted; freeze the rest.
    start = max(len(base.layers) - int(n), 0)
    to_train = {
        id(layer)
        for layer in base.layers[start:]
        if not isinstance(layer, keras.layers.BatchNormalization)
    }
    base.trainable = True
    for layer in base.layers:
        layer.trainable = id(layer) in to_train
    return base
