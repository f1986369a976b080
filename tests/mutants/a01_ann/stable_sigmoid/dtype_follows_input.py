# Wrong: output buffer is np.empty_like(z), so its dtype follows the input: np.array([-3, 0, 3]) gives [0, 0, 0] (ints), float32 input returns float32.
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out
