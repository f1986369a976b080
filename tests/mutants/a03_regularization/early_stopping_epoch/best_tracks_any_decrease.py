# Wrong: moves "best" to every lower loss even when it does not beat best by min_delta (only wait/best_epoch follow the rule): [1.0, 0.95, 0.9, 0.85], patience 2, d=0.08 gives (2, 0) instead of (None, 2).
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    """Return (epoch after which training stops or None, best epoch)."""
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        improved = loss < best - min_delta
        best = min(best, loss)
        if improved:
            best_epoch, wait = epoch, 0
        else:
            wait += 1
            if wait >= patience and epoch > 0:
                return epoch, best_epoch
    return None, best_epoch
