# Correct: no wait counter: wait is epoch - best_epoch, since it resets at each improvement and grows by 1 otherwise.
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    losses = [float(v) for v in val_losses]
    best_epoch = 0
    for epoch in range(1, len(losses)):
        if losses[epoch] < losses[best_epoch] - min_delta:
            best_epoch = epoch
        elif epoch - best_epoch >= patience:
            return epoch, best_epoch
    return None, best_epoch
