# Wrong: sets the layers' flags but leaves the base itself frozen, which hides all their weights.
def unfreeze_top(base, n):
    for index, layer in enumerate(base.layers):
        layer.trainable = index >= len(base.layers) - n and not isinstance(layer, layers.BatchNormalization)
    return base
