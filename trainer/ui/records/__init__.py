"""A learner's records: certificate, export, learning record store sync, what is stored."""
