"""The window, the router and the flows between screens."""
