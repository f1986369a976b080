# Wrong: the bias gradients keep a batch axis (keepdims=True): shapes (1, n_hidden) and (1, K), not those of b1 and b2.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    inputs = np.asarray(inputs, dtype="float64")
    n = inputs.shape[0]
    Z1 = inputs @ W1 + b1
    H = np.maximum(Z1, 0.0)
    Z2 = H @ W2 + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    dZ2 = E / E.sum(axis=1, keepdims=True)
    dZ2[np.arange(n), targets] -= 1
    dZ2 /= n
    dZ1 = (dZ2 @ W2.T) * (Z1 > 0)
    return {"W1": inputs.T @ dZ1, "b1": dZ1.sum(axis=0, keepdims=True), "W2": H.T @ dZ2,
            "b2": dZ2.sum(axis=0, keepdims=True)}
