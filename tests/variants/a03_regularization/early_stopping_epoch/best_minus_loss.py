# Correct: the improvement written as best - loss > min_delta, on a float32 copy of the losses.
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    losses = np.asarray(val_losses, dtype=np.float32)
    best, best_epoch, wait = losses[0], 0, 0
    for epoch in range(1, len(losses)):
        if best - losses[epoch] > min_delta:
            best, best_epoch, wait = losses[epoch], epoch, 0
            continue
        wait += 1
        if wait >= patience:
            return epoch, best_epoch
    return None, best_epoch
