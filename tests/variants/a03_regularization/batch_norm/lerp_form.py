# Correct: the moving update as an interpolation m + (1 - momentum)(mu - m), everything in float64.
def batch_norm(x, gamma, beta, moving_mean, moving_variance, training, momentum=0.99, epsilon=1e-3):
    """Return (outputs, new moving mean, new moving variance) of batch normalization."""
    x, gamma, beta = (np.asarray(a, dtype=np.float64) for a in (x, gamma, beta))
    m = np.asarray(moving_mean, dtype=np.float64)
    v = np.asarray(moving_variance, dtype=np.float64)
    if training:
        mu = x.mean(axis=0)
        var = x.var(axis=0, ddof=0)
        m_new = m + (1 - momentum) * (mu - m)
        v_new = v + (1 - momentum) * (var - v)
    else:
        mu, var, m_new, v_new = m, v, m, v
    x_hat = (x - mu) / np.sqrt(var + epsilon)
    return gamma * x_hat + beta, m_new, v_new
