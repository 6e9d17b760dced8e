"""Small widgets and the look every feature shares."""
