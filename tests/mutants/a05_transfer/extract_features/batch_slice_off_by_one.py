# Wrong: slices images[start:start + batch_size - 1], so one image per batch is skipped.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    outputs = []
    for start in range(0, len(images), batch_size):
        batch = images[start:start + batch_size - 1]
        outputs.append(keras.ops.convert_to_numpy(base(batch, training=False)))
    return np.concatenate(outputs).astype("float32")
