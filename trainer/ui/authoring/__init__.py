"""The author's tools in the app: live preview, content packs, the authoring guide."""
