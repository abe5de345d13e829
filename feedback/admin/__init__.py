"""Administration pages (settings); each module is a blueprint listed in feedback.web.BLUEPRINTS."""
