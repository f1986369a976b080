# Correct: every argument through np.asarray(float) first (lists work too), np.matmul with explicit transposes.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    """Return the gradients of the mean categorical cross-entropy for a ReLU-softmax network."""
    X = np.asarray(inputs, float)
    labels = np.asarray(targets, dtype=np.int64).reshape(-1)
    W1, b1, W2, b2 = (np.asarray(a, float) for a in (W1, b1, W2, b2))
    Z1 = np.matmul(X, W1) + b1
    H = np.where(Z1 > 0, Z1, 0.0)
    Z2 = np.matmul(H, W2) + b2
    E = np.exp(Z2 - np.max(Z2, axis=1, keepdims=True))
    P = E / np.sum(E, axis=1, keepdims=True)
    Y = (labels[:, None] == np.arange(W2.shape[1])[None, :]).astype(float)
    delta2 = (P - Y) / X.shape[0]
    delta1 = np.matmul(delta2, np.transpose(W2)) * (Z1 > 0)
    return dict(W1=np.matmul(np.transpose(X), delta1), b1=delta1.sum(0),
                W2=np.matmul(np.transpose(H), delta2), b2=delta2.sum(0))
