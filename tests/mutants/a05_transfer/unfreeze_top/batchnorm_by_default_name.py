# Wrong: finds the BatchNormalization layers by names that contain "bn" or "batch_norm", not by their type.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        is_batch_norm = "bn" in layer.name or "batch_norm" in layer.name
        layer.trainable = index >= len(base.layers) - n and not is_batch_norm
    return base
