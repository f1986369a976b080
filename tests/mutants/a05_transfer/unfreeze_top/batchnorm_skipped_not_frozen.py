# Wrong: skips the BatchNormalization layers among the top n, which base.trainable = True has made trainable.
def unfreeze_top(base, n):
    # Make the last `n` layers of `base` trainable, BatchNormalization excepted; freeze the rest.
    base.trainable = True
    split = len(base.layers) - n
    for layer in base.layers[:split]:
        layer.trainable = False
    for layer in base.layers[split:]:
        if isinstance(layer, layers.BatchNormalization):
            continue
        layer.trainable = True
    return base
