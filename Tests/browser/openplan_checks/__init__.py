"""Checks run on a built Openplan site folder, in a real browser and on the files.

Each module returns plain data (lists of problems) so the pytest files stay thin
and the self-tests can prove every check is able to fail.
"""
