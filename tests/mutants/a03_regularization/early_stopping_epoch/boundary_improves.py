# Wrong: counts a loss lower than the best by exactly min_delta as an improvement (best - loss >= min_delta); Keras does not.
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = None, 0, 0
    for epoch, loss in enumerate(val_losses):
        if best is None or best - loss >= min_delta and loss < best:
            best, best_epoch, wait = loss, epoch, 0
            continue
        wait += 1
        if wait >= patience:
            return epoch, best_epoch
    return None, best_epoch
