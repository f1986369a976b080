# Wrong: rounds the training-set size up instead of down.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    import math

    return math.ceil(math.ceil(n_examples * (1.0 - validation_split)) / batch_size)
