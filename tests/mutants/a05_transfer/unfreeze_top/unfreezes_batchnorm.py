# Wrong: unfreezes the BatchNormalization layers among the top n as well.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        layer.trainable = index >= len(base.layers) - n
    return base
