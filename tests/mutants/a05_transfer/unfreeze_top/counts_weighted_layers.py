# Wrong: counts n among the layers with weights only, so more layers than asked are unfrozen.
def unfreeze_top(base, n):
    # Make the last `n` layers of `base` trainable, BatchNormalization excepted; freeze the rest.
    base.trainable = True
    for layer in base.layers:
        layer.trainable = False
    weighted = [layer for layer in base.layers if layer.weights and not isinstance(layer, layers.BatchNormalization)]
    for layer in weighted[len(weighted) - n:] if n else []:
        layer.trainable = True
    return base
