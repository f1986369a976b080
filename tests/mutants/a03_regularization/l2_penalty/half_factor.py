# Wrong: uses the 1/2 convention of some textbooks; Keras does not.
def l2_penalty(weights, factor):
    return float(0.5 * factor * sum(np.sum(np.square(w)) for w in weights))
