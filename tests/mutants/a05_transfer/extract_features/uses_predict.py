# Wrong: calls base.predict instead of calling the base on each batch (and prints a progress bar).
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    return np.asarray(base.predict(images, batch_size=batch_size), dtype="float32")
