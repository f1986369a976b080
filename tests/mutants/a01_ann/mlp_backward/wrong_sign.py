# Wrong: the output error is (targets - outputs), so every gradient has the wrong sign.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    hidden = np.tanh(inputs @ W1 + b1)
    outputs = stable_sigmoid(hidden @ W2 + b2)
    delta_output = (targets - outputs) / len(inputs)
    delta_hidden = (delta_output @ W2.T) * (1.0 - hidden**2)
    return {"W1": inputs.T @ delta_hidden, "b1": delta_hidden.sum(axis=0),
            "W2": hidden.T @ delta_output, "b2": delta_output.sum(axis=0)}
