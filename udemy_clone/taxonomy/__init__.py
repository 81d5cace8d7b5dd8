"""Taxonomy: the nested category tree and the tags courses are filed under."""
