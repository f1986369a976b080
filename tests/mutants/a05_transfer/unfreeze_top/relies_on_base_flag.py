# Wrong: counts on base.trainable = True to unfreeze the top layers, which it does not when the base is already trainable.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        if index < len(base.layers) - n or isinstance(layer, layers.BatchNormalization):
            layer.trainable = False
    return base
