# Wrong: the sign of the exponent is flipped, giving sigmoid(-z).
def stable_sigmoid(z):
    z = np.asarray(z, dtype="float64")
    return np.exp(-np.logaddexp(0.0, z))
