# Wrong: lets keras.ops.softmax do the softmax, where the part says NumPy only.
def scaled_dot_product_attention(query, key, value, mask=None):
    """Return (output, weights) of scaled dot-product attention."""
    query, key, value = (np.asarray(array, dtype="float64") for array in (query, key, value))
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(query.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    weights = keras.ops.convert_to_numpy(keras.ops.softmax(scores, axis=-1)).astype("float64")
    return weights @ value, weights
