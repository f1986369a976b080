# Wrong: averages the squares instead of summing them.
def l2_penalty(weights, factor):
    return float(factor * sum(np.mean(np.square(w)) for w in weights))
