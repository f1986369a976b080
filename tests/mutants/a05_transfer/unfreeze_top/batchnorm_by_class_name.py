# Wrong: tells BatchNormalization layers by their class name, which misses a subclass of BatchNormalization.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        is_batch_norm = type(layer).__name__ == "BatchNormalization"
        layer.trainable = index >= len(base.layers) - n and not is_batch_norm
    return base
