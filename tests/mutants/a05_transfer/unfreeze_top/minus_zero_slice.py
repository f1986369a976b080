# Wrong: uses base.layers[-n:], which for n = 0 is every layer.
def unfreeze_top(base, n):
    base.trainable = True
    for layer in base.layers:
        layer.trainable = False
    for layer in base.layers[-n:]:
        if not isinstance(layer, layers.BatchNormalization):
            layer.trainable = True
    return base
