# Wrong: divides the images by 255 before the base sees them.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    images = np.asarray(images, dtype="float32") / 255.0
    outputs = []
    for start in range(0, len(images), batch_size):
        outputs.append(keras.ops.convert_to_numpy(base(images[start:start + batch_size], training=False)))
    return np.concatenate(outputs).astype("float32")
