# Wrong: calls scikit-learn's KFold where the part says NumPy only.
def kfold_indices(n_examples, k):
    from sklearn.model_selection import KFold

    return list(KFold(n_splits=k).split(np.zeros(n_examples)))
