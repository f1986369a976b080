# Wrong: sets base.trainable = True after the layers' flags, which makes every layer trainable again.
def unfreeze_top(base, n):
    for index, layer in enumerate(base.layers):
        layer.trainable = index >= len(base.layers) - n and not isinstance(layer, layers.BatchNormalization)
    base.trainable = True
    return base
