# Wrong: joins the batches with np.stack, which fails when the last batch is smaller.
def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    outputs = []
    for start in range(0, len(images), batch_size):
        batch = images[start:start + batch_size]
        outputs.append(keras.ops.convert_to_numpy(base(batch, training=False)))
    stacked = np.stack(outputs)
    return stacked.reshape((-1,) + stacked.shape[2:]).astype("float32")
