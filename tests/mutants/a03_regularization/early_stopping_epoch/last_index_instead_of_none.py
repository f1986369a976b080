# Wrong: when training never stops, returns the last epoch index instead of None ([3.0, 2.0, 1.0], patience 1 gives (2, 2) instead of (None, 2)).
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best, best_epoch, wait = float("inf"), 0, 0
    epoch = 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience and epoch > 0:
                return epoch, best_epoch
    return epoch, best_epoch
