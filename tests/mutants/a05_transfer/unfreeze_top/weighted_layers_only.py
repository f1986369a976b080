# Wrong: sets the flags of the layers with weights only, so the input, ReLU and pooling layers keep whatever flag they had.
def unfreeze_top(base, n):
    base.trainable = True
    for index, layer in enumerate(base.layers):
        if layer.weights:
            layer.trainable = index >= len(base.layers) - n and not isinstance(layer, layers.BatchNormalization)
    return base
