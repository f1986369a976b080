# Wrong: returns the true quotient n_train / batch_size, a float, not the number of batches.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    import math

    return math.floor(n_examples * (1.0 - validation_split)) / batch_size
