# Correct: converts the images to float32 first (a copy), then batches them with a running index.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    images = np.array(images, dtype="float32")
    parts, start = [], 0
    while start < len(images):
        parts.append(keras.ops.convert_to_numpy(base(images[start : start + batch_size], training=False)))
        start += batch_size
    return np.vstack(parts).astype("float32")
