# Wrong: a leftover draw (to report the kept share) before the mask's draw: two draws, and the mask comes from the second.
def inverted_dropout(inputs, rate, training, rng):
    inputs = np.asarray(inputs)
    if not training:
        return inputs
    kept_share = np.mean(rng.random(inputs.shape) >= rate)  # Left over from debugging.
    keep = rng.random(inputs.shape) >= rate
    return inputs * keep / (1.0 - rate)
