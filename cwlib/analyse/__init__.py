"""Stage 4, analysing: the numbers behind each figure, the figures, and their theme."""
