# Correct: a while loop over a float64 NumPy copy of the losses, starting from best = +inf.
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    losses = np.asarray(val_losses, dtype=np.float64)
    best, best_epoch, wait, epoch = np.inf, 0, 0, 0
    while epoch < losses.size:
        if losses[epoch] < best - min_delta:
            best, best_epoch, wait = losses[epoch], epoch, 0
        else:
            wait += 1
            if wait >= patience and epoch > 0:
                return epoch, best_epoch
        epoch += 1
    return None, best_epoch
