# Wrong: treats min_delta as relative (loss < best * (1 - d)) instead of absolute (loss < best - d): differs whenever best != 1 and d > 0 (e.g. [5.0, 4.9], patience 1, d=0.05).
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if epoch == 0 or loss < best * (1 - min_delta):
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return None, best_epoch
