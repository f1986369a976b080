# Correct: unfreezes the base, freezes every layer, then unfreezes by index over range(len - n, len).
def unfreeze_top(base, n):
    # Make the last `n` layers of `base` trainable, BatchNormalization excepted; freeze the rest.
    base.trainable = True
    all_layers = base.layers
    for layer in all_layers:
        layer.trainable = False
    for index in range(len(all_layers) - n, len(all_layers)):
        layer = all_layers[index]
        if not isinstance(layer, layers.BatchNormalization):
            layer.trainable = True
    return base
