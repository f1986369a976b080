# Wrong: returns the 1-based epoch number that Keras prints ("Epoch 4: early stopping") instead of the 0-based index: (4, 1) instead of (3, 1).
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience and epoch > 0:
                return epoch + 1, best_epoch
    return None, best_epoch
