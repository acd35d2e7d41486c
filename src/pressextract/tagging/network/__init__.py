"""slovnet's networks run faster on the same weights: navec's vectors gathered in one `take` (`embedding.py`),
convolutions without their windows (`layer.py`), sentences packed end to end (`cnn.py`) and the first layer read
from a table of the words a call holds (`first_layer.py`). `speed_up` gives a loaded model all of it."""

from .cnn import FastCNNEncoder, speed_up
from .embedding import FastWordShapeEmbedding, Ids

__all__ = ["FastCNNEncoder", "FastWordShapeEmbedding", "Ids", "speed_up"]
