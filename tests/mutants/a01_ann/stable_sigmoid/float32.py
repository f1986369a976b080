# Wrong: computes in float32, losing precision (and the float64 result dtype).
def stable_sigmoid(z):
    z = np.asarray(z, dtype="float32")
    return np.exp(-np.logaddexp(np.float32(0.0), -z))
