# Wrong: calls keras.regularizers.L2 where the part says NumPy only.
def l2_penalty(weights, factor):
    regularizer = keras.regularizers.L2(factor)
    return float(sum(float(keras.ops.convert_to_numpy(regularizer(np.asarray(w, dtype="float32")))) for w in weights))
