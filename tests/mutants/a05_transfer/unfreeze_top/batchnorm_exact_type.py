# Wrong: tells BatchNormalization layers by `type(layer) is`, which misses a subclass of BatchNormalization.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        layer.trainable = index >= len(base.layers) - n and type(layer) is not layers.BatchNormalization
    return base
