# Correct: Keras's own test, float32(loss + min_delta) < float32(best), exact on multiples of 1/1024.
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if np.float32(loss + min_delta) < np.float32(best):
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience and epoch > 0:
                return epoch, best_epoch
    return None, best_epoch
