# Wrong: reports the best epoch as argmin over all given losses, including those after the stop and ignoring min_delta ([1.0, 1.1, 1.2, 0.5], patience 2 gives (2, 3) instead of (2, 0)).
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best, wait = float("inf"), 0
    stopped = None
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience and epoch > 0:
                stopped = epoch
                break
    return stopped, int(np.argmin(val_losses))
