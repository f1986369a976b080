# Wrong: multiplies (P - Y) / N once more by P (1 - P), as if the output had a squared error.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    inputs = np.asarray(inputs, dtype="float64")
    n = inputs.shape[0]
    Z1 = inputs @ W1 + b1
    H = np.maximum(Z1, 0.0)
    Z2 = H @ W2 + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    P = E / E.sum(axis=1, keepdims=True)
    Y = np.eye(W2.shape[1])[targets]
    dZ2 = (P - Y) / n * P * (1 - P)
    dZ1 = (dZ2 @ W2.T) * (Z1 > 0)
    return {"W1": inputs.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": H.T @ dZ2, "b2": dZ2.sum(axis=0)}
