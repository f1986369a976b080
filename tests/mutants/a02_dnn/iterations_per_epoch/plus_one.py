# Wrong: always adds one batch, even when the batch size divides the data.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    import math

    return math.floor(n_examples * (1.0 - validation_split)) // batch_size + 1
