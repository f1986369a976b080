# Correct: walks the layers from the top with reversed(), setting every flag in one pass.
def unfreeze_top(base, n):
    # Make the last `n` layers of `base` trainable, BatchNormalization excepted; freeze the rest.
    base.trainable = True
    for depth_from_top, layer in enumerate(reversed(base.layers)):
        layer.trainable = depth_from_top < n and not isinstance(layer, keras.layers.BatchNormalization)
    return base
