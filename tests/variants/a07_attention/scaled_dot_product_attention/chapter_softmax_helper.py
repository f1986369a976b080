# Correct: the chapter's code, with its softmax helper and `query.shape`, no conversion of the inputs.
def softmax(scores, axis=-1):
    # Subtracting the maximum changes nothing mathematically and avoids overflow in exp.
    exps = np.exp(scores - scores.max(axis=axis, keepdims=True))
    return exps / exps.sum(axis=axis, keepdims=True)


def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    d_k = query.shape[-1]
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(d_k)  # (..., tq, tk)
    if mask is not None:
        scores = np.where(mask, scores, -1e9)  # forbidden pairs get (almost) zero weight
    weights = softmax(scores, axis=-1)  # normalise over the keys axis
    return weights @ value, weights
