"""The PySide6 face of the wizard; the only package that imports Qt."""
