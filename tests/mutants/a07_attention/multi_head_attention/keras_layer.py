# Wrong: builds a keras.layers.MultiHeadAttention with the weights and calls it, where the part says NumPy only.
def multi_head_attention(query, value, weights, mask=None):
    """Return the output of keras.layers.MultiHeadAttention with the given weights."""
    heads, key_dim = np.shape(weights[1])
    value_dim, d_out = np.shape(weights[6])[1:]
    layer = keras.layers.MultiHeadAttention(heads, key_dim, value_dim=value_dim, output_shape=d_out)
    layer.build(np.shape(query), np.shape(value))
    layer.set_weights(weights)
    return keras.ops.convert_to_numpy(layer(query, value, attention_mask=mask))
