"""What a setup is: models, validation, the plan, the apply engine and its journal (no Qt)."""
