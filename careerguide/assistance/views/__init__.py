"""Staff pages of chapter 3, one module per area."""
