# Wrong: computes the penalty but forgets to `return` it.
def l2_penalty(weights, factor):
    penalty = float(factor * sum(np.sum(np.square(np.asarray(w, dtype="float64"))) for w in weights))
