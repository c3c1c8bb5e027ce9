"""The conversion wizard: the only package that imports Qt."""
