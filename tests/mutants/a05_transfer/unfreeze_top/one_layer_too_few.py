# Wrong: off by one, unfreezes only the top n - 1 layers.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        layer.trainable = index > len(base.layers) - n and not isinstance(layer, layers.BatchNormalization)
    return base
