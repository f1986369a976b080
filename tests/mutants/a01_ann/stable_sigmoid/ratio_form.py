# Wrong: exp(z) / (1 + exp(z)) gives inf / inf = nan for large positive inputs.
def stable_sigmoid(z):
    exp_z = np.exp(np.asarray(z, dtype="float64"))
    return exp_z / (1.0 + exp_z)
