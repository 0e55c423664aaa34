"""The HTTP service: webhooks, the MIS push API, the staff web app and health checks."""
