# Wrong: right values, but in-place np.abs/np.negative/np.exp(..., out=z) scratch writes change a float64 input array.
def stable_sigmoid(z):
    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""
    z = np.asarray(z, dtype=np.float64)
    pos = z >= 0
    out = np.empty(z.shape)
    np.abs(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)          # z now holds exp(-|z|)
    out[pos] = 1.0 / (1.0 + z[pos])
    out[~pos] = z[~pos] / (1.0 + z[~pos])
    return out
