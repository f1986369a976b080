# Correct: a loop with a None sentinel for "no best yet" (the first epoch always improves).
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best = None
    best_epoch = None
    wait = 0
    for epoch, loss in enumerate(val_losses):
        if best is None or loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience and epoch > 0:
                return epoch, best_epoch
    return None, best_epoch
