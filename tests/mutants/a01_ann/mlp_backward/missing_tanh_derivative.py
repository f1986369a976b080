# Wrong: the chain rule skips tanh's derivative in the hidden layer.
def mlp_backward(inputs, targets, W1, b1, W2, b2):
    hidden = np.tanh(inputs @ W1 + b1)
    outputs = stable_sigmoid(hidden @ W2 + b2)
    delta_output = (outputs - targets) / len(inputs)
    delta_hidden = delta_output @ W2.T
    return {"W1": inputs.T @ delta_hidden, "b1": delta_hidden.sum(axis=0),
            "W2": hidden.T @ delta_output, "b2": delta_output.sum(axis=0)}
