"""Pure workforce rules (no Django import): plain values in, decision with reasons and clause out."""
