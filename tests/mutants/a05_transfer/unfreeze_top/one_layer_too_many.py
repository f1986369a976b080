# Wrong: off by one, unfreezes the top n + 1 layers.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        layer.trainable = index >= len(base.layers) - n - 1 and not isinstance(layer, layers.BatchNormalization)
    return base
