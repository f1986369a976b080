# Wrong: forgets that the validation split is not trained on.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    return -(-n_examples // batch_size)
