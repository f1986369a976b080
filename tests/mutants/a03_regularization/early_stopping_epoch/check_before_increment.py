# Wrong: checks wait >= patience before adding this epoch's 1, so training stops one non-improving epoch later ([1.0, 1.0, 1.0], patience 1 gives (2, 0) instead of (1, 0)).
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
            continue
        if wait >= patience and epoch > 0:
            return epoch, best_epoch
        wait += 1
    return None, best_epoch
