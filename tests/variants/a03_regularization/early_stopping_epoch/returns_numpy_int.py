# Correct: the best epoch returned as np.int64, which the contract accepts.
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    losses = np.asarray(val_losses, dtype=float)
    best, wait = np.inf, 0
    last_improvement = 0
    for epoch, loss in enumerate(losses):
        if loss < best - min_delta:
            best, wait, last_improvement = loss, 0, epoch
        else:
            wait += 1
            if wait >= patience and epoch > 0:
                return epoch, np.int64(last_improvement)
    return None, np.int64(last_improvement)
