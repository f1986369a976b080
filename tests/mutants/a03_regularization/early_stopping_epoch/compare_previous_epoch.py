# Wrong: compares each loss with the previous epoch's loss instead of the best so far: [0.5, 0.6, 0.55, 0.58], patience 2 counts 0.55 as an improvement.
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best_epoch, wait = 0, 0
    best = val_losses[0]
    for epoch in range(1, len(val_losses)):
        if val_losses[epoch] < val_losses[epoch - 1] - min_delta:
            wait = 0
            if val_losses[epoch] < best:
                best, best_epoch = val_losses[epoch], epoch
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return None, best_epoch
