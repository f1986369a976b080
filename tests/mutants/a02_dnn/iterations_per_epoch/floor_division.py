# Wrong: drops the last, smaller batch.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    return int(n_examples * (1.0 - validation_split)) // batch_size
