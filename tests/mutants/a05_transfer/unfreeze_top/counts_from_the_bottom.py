# Wrong: unfreezes the first n layers instead of the last n.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        layer.trainable = index < n and not isinstance(layer, layers.BatchNormalization)
    return base
