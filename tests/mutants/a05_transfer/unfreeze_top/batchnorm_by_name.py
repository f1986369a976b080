# Wrong: finds the BatchNormalization layers by the "bn" in their names instead of by their type.
def unfreeze_top(base, n):
    # Make the last `n` layers of `base` trainable, BatchNormalization excepted; freeze the rest.
    base.trainable = True
    for layer in base.layers:
        layer.trainable = False
    if n > 0:
        for layer in base.layers[-n:]:
            if "bn" not in layer.name:
                layer.trainable = True
    return base
