# Wrong: keeps every normalization layer frozen (LayerNormalization too), not only BatchNormalization.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        is_normalization = "Normalization" in type(layer).__name__
        layer.trainable = index >= len(base.layers) - n and not is_normalization
    return base
