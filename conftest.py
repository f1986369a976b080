"""pytest loads the course's test plugin (``dlcourse.testing.plugin``) for every run in the repository."""

pytest_plugins = ["dlcourse.testing.plugin"]
