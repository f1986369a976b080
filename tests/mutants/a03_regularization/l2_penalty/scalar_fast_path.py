# Wrong: a fast path for 0-d tensors squares them in their own dtype (an int8 or int16 scalar overflows); arrays are right.
def l2_penalty(weights, factor):
    total = 0.0
    for w in weights:
        if np.ndim(w) == 0:
            total += float(w * w)
        else:
            total += float(np.sum(np.square(np.asarray(w, dtype="float64"))))
    return factor * total
