# Wrong: returns the array of per-tensor penalties instead of their sum.
def l2_penalty(weights, factor):
    return factor * np.array([np.sum(np.square(np.asarray(w, dtype="float64"))) for w in weights])
