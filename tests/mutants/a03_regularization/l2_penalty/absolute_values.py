# Wrong: sums absolute values, which is the L1 penalty.
def l2_penalty(weights, factor):
    return float(factor * sum(np.sum(np.abs(w)) for w in weights))
