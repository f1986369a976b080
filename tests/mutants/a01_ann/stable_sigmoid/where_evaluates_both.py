# Wrong: np.where evaluates both branches, so the unused one still overflows and warns.
def stable_sigmoid(z):
    z = np.asarray(z, dtype="float64")
    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))
