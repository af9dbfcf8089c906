"""Demo areas of apps that the common app may not import (the labour-market reports): each registers its builder
from its `AppConfig.ready`, and `seed_demo` runs them after the year of history, in the order registered."""

LATER_AREAS: list = []


def demo_area_register(name: str, builder) -> None:
    if all(existing != name for existing, _ in LATER_AREAS):
        LATER_AREAS.append((name, builder))
