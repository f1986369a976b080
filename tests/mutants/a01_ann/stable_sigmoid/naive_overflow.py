# Wrong: the literal formula overflows (and warns) for large negative inputs.
def stable_sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype="float64")))
