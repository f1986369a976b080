# Wrong: overwrites the result at each batch, so only the last batch's features are returned.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    features = None
    for start in range(0, len(images), batch_size):
        batch = images[start:start + batch_size]
        features = keras.ops.convert_to_numpy(base(batch, training=False))
    return features.astype("float32")
