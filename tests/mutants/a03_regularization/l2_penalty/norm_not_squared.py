# Wrong: takes the Euclidean norm of each tensor instead of its sum of squares.
def l2_penalty(weights, factor):
    return float(factor * sum(np.sqrt(np.sum(np.square(w))) for w in weights))
